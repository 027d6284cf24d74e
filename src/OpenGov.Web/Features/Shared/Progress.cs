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

    /// <summary>Commitment roll-ups of a whole plan from its flat milestone rows.</summary>
    public static Dictionary<int, Rollup> ByCommitment(IEnumerable<int> commitmentIds, IReadOnlyList<MilestoneRow> milestones)
    {
        var lookup = milestones.ToLookup(m => m.CommitmentId);
        return commitmentIds.Distinct().ToDictionary(id => id, id => OfMilestones(lookup[id]));
    }
}
