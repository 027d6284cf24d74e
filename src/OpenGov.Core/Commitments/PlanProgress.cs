namespace OpenGov.Core.Commitments;

/// <summary>
/// A plan's reported and verified roll-ups over its commitments, with the coverage they rest on.
/// Commitments without reported data are left out of both means (ADR-005, ADR-009) and counted in the coverage.
/// </summary>
public sealed record PlanProgress(Rollup Reported, Rollup Verified, RollupCoverage Coverage)
{
    /// <summary>Whether pages may show an overall figure; otherwise they show only the coverage (ADR-021).</summary>
    public bool ClaimsTotal => Claims(Reported.Percent, Coverage);

    /// <summary>The rule of <see cref="ClaimsTotal"/>, for a roll-up read back from storage: a figure, on enough coverage.</summary>
    public static bool Claims(decimal? reported, RollupCoverage coverage) => reported is not null && coverage.SupportsTotal;

    public static PlanProgress Of(IReadOnlyCollection<(decimal? Weight, CommitmentProgress Progress)> commitments)
    {
        var reported = ProgressRollup.Compute(commitments.Select(c =>
            new RollupItem(c.Progress.Reported.Percent ?? 0, c.Weight, Excluded: !c.Progress.Reported.HasData)));

        // A commitment with reported data but nothing verified counts as 0 %; nothing verified anywhere is "not verified".
        var verified = commitments.All(c => !c.Progress.Verified.HasData)
            ? Rollup.NoData
            : ProgressRollup.Compute(commitments.Select(c =>
                new RollupItem(c.Progress.Verified.Percent ?? 0, c.Weight, Excluded: !c.Progress.Reported.HasData)));
        return new PlanProgress(reported, verified, new RollupCoverage(commitments.Count(c => c.Progress.Reported.HasData), commitments.Count));
    }
}
