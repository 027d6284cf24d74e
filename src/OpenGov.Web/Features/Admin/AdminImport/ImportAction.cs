namespace OpenGov.Web.Features.Admin.AdminImport;

/// <summary>What importing a row does to the database.</summary>
public enum ImportAction
{
    Created,
    Updated,
    Unchanged,
}
