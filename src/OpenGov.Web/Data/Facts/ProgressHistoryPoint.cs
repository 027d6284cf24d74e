using OpenGov.Core.Commitments;

namespace OpenGov.Web.Data.Facts;

/// <summary>
/// The figures at the end of <paramref name="Day"/> (UTC), as the <c>?asOf=</c> page of that day shows them:
/// reported and verified progress (null: none, or no overall figure for a plan, ADR-021), and how many
/// reports and verdicts were recorded that day (a day may also count because a milestone was added).
/// </summary>
public sealed record ProgressHistoryPoint(DateOnly Day, decimal? Reported, decimal? Verified, int Reports, int Verdicts)
{
    /// <summary>A plan's coverage that day (how many commitments had data); null for a milestone or a commitment.</summary>
    public RollupCoverage? Coverage { get; init; }
}
