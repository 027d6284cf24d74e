using OpenGov.Core.Commitments;

namespace OpenGov.Web.Features.Shared;

/// <summary>Roll-ups of the public pages, always computed from the milestones (never stored).</summary>
public static class Progress
{
    /// <summary>A commitment's progress: cancelled milestones are shown but left out of the mean.</summary>
    public static Rollup OfMilestones(IEnumerable<MilestoneRow> milestones) =>
        ProgressRollup.Compute(milestones.Select(m =>
            new RollupItem(m.Progress, m.Weight, Excluded: m.Status == MilestoneStatus.Cancelled)));

    /// <summary>A plan's progress: commitments without data are left out rather than counted as 0 %.</summary>
    public static Rollup OfCommitments(IEnumerable<(decimal? Weight, Rollup Rollup)> commitments) =>
        ProgressRollup.Compute(commitments.Select(c =>
            new RollupItem(c.Rollup.Percent ?? 0, c.Weight, Excluded: !c.Rollup.HasData)));

    /// <summary>
    /// A commitment's committee-verified progress (ADR-009): a milestone the committee has not verified
    /// counts as 0 %, because only verified work is vouched for; with nothing verified at all the
    /// result is "not verified" rather than 0 %. Cancelled milestones stay out, as in the reported roll-up.
    /// </summary>
    public static Rollup VerifiedOfMilestones(IReadOnlyCollection<MilestoneRow> milestones) =>
        milestones.All(m => m.VerifiedProgress is null)
            ? Rollup.NoData
            : ProgressRollup.Compute(milestones.Select(m =>
                new RollupItem(m.VerifiedProgress ?? 0, m.Weight, Excluded: m.Status == MilestoneStatus.Cancelled)));

    /// <summary>
    /// A plan's verified progress over the same commitments as its reported roll-up: a commitment with
    /// reported data but nothing verified counts as 0 %; nothing verified anywhere is "not verified".
    /// </summary>
    public static Rollup VerifiedOfCommitments(IEnumerable<(decimal? Weight, Rollup Reported, Rollup Verified)> commitments)
    {
        var all = commitments.ToList();
        return all.All(c => !c.Verified.HasData)
            ? Rollup.NoData
            : ProgressRollup.Compute(all.Select(c =>
                new RollupItem(c.Verified.Percent ?? 0, c.Weight, Excluded: !c.Reported.HasData)));
    }

    /// <summary>Commitment roll-ups of a whole plan from its flat milestone rows.</summary>
    public static Dictionary<int, Rollup> ByCommitment(IEnumerable<int> commitmentIds, IReadOnlyList<MilestoneRow> milestones)
    {
        var lookup = milestones.ToLookup(m => m.CommitmentId);
        return commitmentIds.Distinct().ToDictionary(id => id, id => OfMilestones(lookup[id]));
    }

    /// <summary>Verified commitment roll-ups of a whole plan from its flat milestone rows.</summary>
    public static Dictionary<int, Rollup> VerifiedByCommitment(IEnumerable<int> commitmentIds, IReadOnlyList<MilestoneRow> milestones)
    {
        var lookup = milestones.ToLookup(m => m.CommitmentId);
        return commitmentIds.Distinct().ToDictionary(id => id, id => VerifiedOfMilestones(lookup[id].ToList()));
    }
}
