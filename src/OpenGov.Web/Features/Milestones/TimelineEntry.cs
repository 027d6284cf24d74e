using OpenGov.Core.Commitments;

namespace OpenGov.Web.Features.Milestones;

/// <summary>One progress update on the milestone page, with its evidence and the committee's verdicts (oldest verdict first).</summary>
public sealed record TimelineEntry(
    int Id,
    DateTime ReportedAt,
    string? Who,
    int? ProgressBefore,
    int Progress,
    MilestoneStatus Status,
    string Narrative,
    IReadOnlyList<TimelineFile> Files,
    IReadOnlyList<string> Links,
    IReadOnlyList<TimelineVerdict> Verdicts);
