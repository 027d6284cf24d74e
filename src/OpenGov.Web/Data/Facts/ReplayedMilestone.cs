using OpenGov.Core.Commitments;

namespace OpenGov.Web.Data.Facts;

/// <summary>A milestone with its dated fields as they stood before a moment (today's when nothing changed them since, or no moment).</summary>
public sealed class ReplayedMilestone
{
    public required Milestone Milestone { get; init; }
    public DateOnly? BaselineStart { get; init; }
    public DateOnly? BaselineEnd { get; init; }
    public DateOnly? CurrentStart { get; init; }
    public DateOnly? CurrentEnd { get; init; }
    public DateOnly? ActualCompletion { get; init; }
    public bool DatesAssumed { get; init; }
    public string? ReplanReason { get; init; }
}
