namespace OpenGov.Web.Data.Auditing;

/// <summary>
/// Supplies the actor of the current unit of work. A seam with two implementations: the signed-in
/// user of the HTTP request, and none (seeding, background jobs), in which case nothing is audited.
/// </summary>
public interface IAuditActorAccessor
{
    AuditActor? Current { get; }
}
