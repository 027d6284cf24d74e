namespace OpenGov.Core.Auditing;

public enum AuditAction
{
    Created,
    Updated,
    Deleted,
}
