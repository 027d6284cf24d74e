namespace OpenGov.Core.Commitments;

/// <summary>A commitment's reported and verified roll-ups and its verification state (ADR-005, ADR-009).</summary>
public sealed record CommitmentProgress(Rollup Reported, Rollup Verified, VerificationState? Verification)
{
    public static readonly CommitmentProgress NoData = new(Rollup.NoData, Rollup.NoData, null);

    public static CommitmentProgress Of(IReadOnlyCollection<MilestoneFacts> milestones) =>
        new(ReportedOf(milestones), VerifiedOf(milestones), VerificationRules.MostUrgent(milestones.Select(m => m.Verification)));

    /// <summary>Cancelled milestones are shown but left out of the mean.</summary>
    public static Rollup ReportedOf(IEnumerable<MilestoneFacts> milestones) =>
        ProgressRollup.Compute(milestones.Select(m => new RollupItem(m.Progress, m.Weight, m.IsCancelled)));

    /// <summary>
    /// A milestone the committee has not verified counts as 0 %, because only verified work is vouched
    /// for; with nothing verified at all the result is "not verified" rather than 0 %.
    /// </summary>
    public static Rollup VerifiedOf(IReadOnlyCollection<MilestoneFacts> milestones) =>
        milestones.All(m => m.VerifiedProgress is null)
            ? Rollup.NoData
            : ProgressRollup.Compute(milestones.Select(m => new RollupItem(m.VerifiedProgress ?? 0, m.Weight, m.IsCancelled)));
}
