namespace OpenGov.Web.Features.OpenData;

/// <summary>A column of one file that names the id of a row of another file of the same package.</summary>
public sealed record OpenDataForeignKey(string Field, string Resource, string ReferencedField = "id");
