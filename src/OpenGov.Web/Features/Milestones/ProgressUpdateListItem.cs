using OpenGov.Core.Commitments;

namespace OpenGov.Web.Features.Milestones;

/// <summary>
/// A recent progress update as the jurisdiction home lists it. <paramref name="Who"/> is the reporting institution (never an
/// e-mail address); null when the figure was taken from a published document. <paramref name="IsIllustrative"/>: the
/// update belongs to a demo commitment and is labelled so.
/// </summary>
public sealed record ProgressUpdateListItem(
    DateTime ReportedAt,
    string CommitmentCode,
    int MilestoneOrder,
    string MilestoneTitle,
    string? Who,
    int Progress,
    MilestoneStatus Status,
    string Narrative,
    bool IsIllustrative = false);
