using OpenGov.Core.Commitments;
using OpenGov.Web.Features.Comments;
using OpenGov.Web.Features.Shared;

namespace OpenGov.Web.Features.Milestones;

/// <summary>
/// The milestone page: facts, schedule state, reported and committee-verified progress (ADR-009) and the
/// public timeline of progress updates (newest first) with evidence and verdicts.
/// </summary>
public sealed record MilestoneDetailsViewModel(
    string Slug,
    string JurisdictionName,
    bool IsDefaultJurisdiction,
    int PlanNumber,
    string CommitmentCode,
    string CommitmentTitle,
    int Order,
    string Title,
    string Responsible,
    DateOnly? BaselineStart,
    DateOnly? BaselineEnd,
    DateOnly? CurrentStart,
    DateOnly? CurrentEnd,
    DateOnly? ActualCompletion,
    string? ExpectedOutput,
    string? MeansOfVerification,
    int Progress,
    MilestoneStatus Status,
    ScheduleState Schedule,
    string? ReplanReason,
    IReadOnlyList<TimelineEntry> Updates,
    int? VerifiedProgress = null,
    StatusTagKind? Verification = null,
    bool IsIllustrative = false,
    bool DatesAssumed = false)
{
    /// <summary>Citizens' comments on this milestone and official replies, at the bottom of the page.</summary>
    public CommentSectionModel? Comments { get; init; }

    /// <summary>The jurisdiction's steering body as the verified figure cites it.</summary>
    public string SteeringBody { get; init; } = "";

    /// <summary>Id of the milestone, for the back-office actions below.</summary>
    public int Id { get; init; }

    /// <summary>The signed-in official may report on it (their institution is responsible and it is not cancelled).</summary>
    public bool CanReport { get; init; }

    /// <summary>The signed-in user may move its current dates (its official or an admin).</summary>
    public bool CanReplan { get; init; }

    /// <summary>Reported and verified progress over time, up to the page's day (ADR-040).</summary>
    public ProgressChartFacts? ProgressChart { get; init; }

    /// <summary>Set when the page shows the figures as of a past day (<c>?asOf=</c>).</summary>
    public AsOfBannerModel? AsOf { get; init; }
}
