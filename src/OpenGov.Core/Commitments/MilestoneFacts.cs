namespace OpenGov.Core.Commitments;

/// <summary>
/// What the roll-ups need of one milestone: reported progress and status, its weight, and the
/// committee's figures (verified progress, null when never verified; state, null when nothing reported).
/// </summary>
public sealed record MilestoneFacts(int Progress, decimal? Weight, MilestoneStatus Status, int? VerifiedProgress, VerificationState? Verification)
{
    public bool IsCancelled => Status == MilestoneStatus.Cancelled;
}
