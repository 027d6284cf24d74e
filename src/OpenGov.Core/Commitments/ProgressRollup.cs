namespace OpenGov.Core.Commitments;

/// <summary>
/// Weighted mean of progress. Weights are normalised so any positive weights work; when none is set
/// the items count equally, and an item without a weight counts as the mean of the weights given.
/// Excluded items (cancelled milestones, commitments without data) are shown but left out of the mean.
/// No included item means "no data", never 0 %.
/// </summary>
public static class ProgressRollup
{
    public static Rollup Compute(IEnumerable<RollupItem> items)
    {
        var all = items.ToList();
        var included = all.Where(i => !i.Excluded).ToList();
        var excluded = all.Count - included.Count;
        if (included.Count == 0)
        {
            return Rollup.NoData with { ExcludedCount = excluded };
        }

        var given = included.Where(i => i.Weight is > 0).Select(i => i.Weight!.Value).ToList();
        var equal = given.Count == 0;
        var fallback = equal ? 1m : given.Average();
        var weights = included.Select(i => i.Weight is > 0 ? i.Weight.Value : fallback).ToList();
        var total = weights.Sum();

        var parts = included
            .Select((item, index) => new RollupPart(Math.Clamp(item.Progress, 0, 100), weights[index] / total))
            .ToList();
        var percent = parts.Sum(p => p.Progress * p.Share);
        return new Rollup(Math.Round(percent, 2), parts, excluded, equal);
    }
}
