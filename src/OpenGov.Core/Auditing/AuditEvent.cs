namespace OpenGov.Core.Auditing;

/// <summary>
/// Who did what to which record, when, with the values before and after. Written in the same
/// transaction as the change; shown publicly as the change history of commitments and milestones.
/// </summary>
public class AuditEvent
{
    public long Id { get; init; }
    public DateTime OccurredAt { get; init; }
    public string? ActorId { get; init; }

    // How the public sees the actor: role and institution, never a private e-mail.
    public string? ActorRole { get; init; }
    public string? ActorInstitution { get; init; }
    public required string EntityType { get; init; }
    public required string EntityId { get; init; }

    /// <summary>
    /// What the record was called when the event was written ("AD-02 · Datos abiertos…"), so the
    /// history still reads after the record itself is deleted (ADR-017).
    /// </summary>
    public string? EntityLabel { get; init; }
    public AuditAction Action { get; init; }

    /// <summary>
    /// The commitment the change belongs to, so its page can list its history in one query. A plain
    /// number, not a foreign key: the history outlives a deleted commitment (ADR-017).
    /// </summary>
    public int? CommitmentId { get; init; }

    /// <summary>JSON object: property name → { "before": …, "after": … }.</summary>
    public required string Changes { get; init; }
}
