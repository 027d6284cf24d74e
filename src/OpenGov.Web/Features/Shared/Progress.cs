using OpenGov.Core.Commitments;

namespace OpenGov.Web.Features.Shared;

/// <summary>Groups a page's flat milestone rows by commitment for the Core roll-ups (never stored).</summary>
public static class Progress
{
    /// <summary>Each commitment's reported and verified roll-ups and state, from the plan's flat milestone rows.</summary>
    public static Dictionary<int, CommitmentProgress> ByCommitment(IEnumerable<int> commitmentIds, IReadOnlyList<MilestoneRow> milestones)
    {
        var lookup = milestones.ToLookup(m => m.CommitmentId);
        return commitmentIds.Distinct().ToDictionary(id => id, id => CommitmentProgress.Of(lookup[id].Select(m => m.Facts).ToList()));
    }
}
