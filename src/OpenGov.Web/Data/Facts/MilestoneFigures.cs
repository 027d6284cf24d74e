using OpenGov.Core.Commitments;

namespace OpenGov.Web.Data.Facts;

/// <summary>
/// The stored facts of one milestone's history that ADR-009's rules read (ADR-029): when it was last
/// reported, the latest verdict on that report, and the progress of the newest report the committee
/// verified. Written by <see cref="FiguresRefresh"/> in the transaction of every save that adds or
/// changes a progress update or a verdict, never by hand; a milestone with nothing reported has no row.
/// </summary>
public sealed class MilestoneFigures
{
    public int MilestoneId { get; init; }
    public DateTime LatestReportedAt { get; init; }
    public VerificationVerdict? LatestVerdict { get; init; }
    public int? VerifiedProgress { get; init; }
}
