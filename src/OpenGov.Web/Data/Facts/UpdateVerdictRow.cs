using OpenGov.Core.Commitments;

namespace OpenGov.Web.Data.Facts;

/// <summary>A progress update with the latest verdict recorded on it (null: none yet), as SQL computes it.</summary>
public sealed class UpdateVerdictRow
{
    public int Id { get; init; }
    public int MilestoneId { get; init; }
    public DateTime ReportedAt { get; init; }
    public int Progress { get; init; }
    public MilestoneStatus Status { get; init; }
    public VerificationVerdict? LatestVerdict { get; init; }
}
