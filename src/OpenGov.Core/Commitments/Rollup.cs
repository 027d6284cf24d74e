namespace OpenGov.Core.Commitments;

/// <summary>
/// The result of a progress roll-up, with the terms that explain it
/// ("62 % = 3 hitos: 100 % × 0,4 + 50 % × 0,4 + 10 % × 0,2").
/// </summary>
public sealed record Rollup(decimal? Percent, IReadOnlyList<RollupPart> Parts, int ExcludedCount, bool EqualWeights)
{
    public static readonly Rollup NoData = new(null, [], 0, true);

    public bool HasData => Percent is not null;
}
