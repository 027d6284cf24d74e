namespace OpenGov.Web.Features.Shared;

/// <summary>The words a status pill can say: the reported status, the derived schedule states and the committee's verification.</summary>
public enum StatusTagKind
{
    NotStarted,
    InProgress,
    Completed,
    Cancelled,
    Delayed,
    AtRisk,
    Overdue,
    Verified,
    NeedsEvidence,
    Disputed,
    PendingVerification,

    /// <summary>An open milestone without a real end date (none, or an assumed one): it cannot be late (ADR-022).</summary>
    Undated,
}
