using OpenGov.Core.Commitments;

namespace OpenGov.Web.Data.Facts;

/// <summary>
/// A milestone with the raw facts ADR-009's rules need, computed in the same SQL query: whether anything
/// was reported, the latest update's date and latest verdict, and the progress of the latest update whose
/// latest verdict is Verified. Pages project further from it; <see cref="VerificationRules"/> decides the state.
/// </summary>
public sealed class MilestoneVerificationRow
{
    public required Milestone Milestone { get; init; }

    /// <summary>Reported progress, status and completion date (today's, or as of the moment asked for).</summary>
    public int Progress { get; init; }
    public MilestoneStatus Status { get; init; }
    public DateOnly? ActualCompletion { get; init; }

    /// <summary>The dates and the reason they last moved (today's, or as of the moment asked for, from the audit trail).</summary>
    public DateOnly? BaselineStart { get; init; }
    public DateOnly? BaselineEnd { get; init; }
    public DateOnly? CurrentStart { get; init; }
    public DateOnly? CurrentEnd { get; init; }
    public bool DatesAssumed { get; init; }
    public string? ReplanReason { get; init; }
    public bool HasUpdates { get; init; }
    public DateTime? LatestReportedAt { get; init; }
    public VerificationVerdict? LatestVerdict { get; init; }
    public int? VerifiedProgress { get; init; }
}
