using OpenGov.Core.Commitments;

namespace OpenGov.Web.Data.Facts;

/// <summary>
/// A plan's stored roll-up (ADR-029): what <see cref="PlanFacts"/> computes for it, kept by
/// <see cref="FiguresRefresh"/> in the transaction of every save that changes a figure it rests on, so a
/// list of jurisdictions reads one row per plan instead of every milestone. <see cref="IsIllustrative"/>:
/// some of the figures come from illustrative (demo) commitments.
/// </summary>
public sealed class PlanFigures
{
    public int ActionPlanId { get; init; }
    public decimal? ReportedPercent { get; init; }
    public decimal? VerifiedPercent { get; init; }
    public int CommitmentsWithData { get; init; }
    public int Commitments { get; init; }
    public bool IsIllustrative { get; init; }

    public RollupCoverage Coverage => new(CommitmentsWithData, Commitments);

    /// <summary>Whether pages may show the overall figure (the rule of <see cref="PlanProgress.ClaimsTotal"/>).</summary>
    public bool ClaimsTotal => PlanProgress.Claims(ReportedPercent, Coverage);
}
