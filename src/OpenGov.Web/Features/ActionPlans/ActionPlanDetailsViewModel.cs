using OpenGov.Core.ActionPlans;
using OpenGov.Core.Commitments;
using OpenGov.Web.Features.CoCreation;
using OpenGov.Web.Features.Shared;

namespace OpenGov.Web.Features.ActionPlans;

public sealed record ActionPlanDetailsViewModel(
    string Slug,
    string JurisdictionName,
    bool IsDefaultJurisdiction,
    int Number,
    string Title,
    PlanStatus Status,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    DateOnly? SubmittedOn,
    string? Vision,
    string? Summary,
    string? SourceNote,
    IReadOnlyList<string> LeadInstitutions,
    ProgressPairModel Progress,
    int CommitmentCount,
    IReadOnlyList<CommitmentAxisGroup> Axes,
    TimelineChartModel? Timeline,
    IReadOnlyList<EndorsementListItem> Endorsements,
    PlanCoCreationModel? CoCreation = null)
{
    /// <summary>Roles besides leading, shown apart from the lead institutions so the monitor's independence stays visible.</summary>
    public IReadOnlyList<PlanRoleItem> Roles { get; init; } = [];

    /// <summary>The language <see cref="Summary"/> is written in: "qu" when a Kichwa visitor gets the Kichwa summary.</summary>
    public string SummaryLang { get; init; } = "es";

    /// <summary>The name of the jurisdiction's steering body, as the verified figures cite it.</summary>
    public string SteeringBody { get; init; } = "";

    /// <summary>Set when the page shows the figures as of a past day (<c>?asOf=</c>).</summary>
    public AsOfBannerModel? AsOf { get; init; }

    /// <summary>The plan's reported and verified progress over time, up to the page's day (ADR-040).</summary>
    public ProgressChartFacts? ProgressChart { get; init; }

    /// <summary>How many milestones are on time, late and done: the same counts as the jurisdiction's home (ADR-037).</summary>
    public ScheduleTally Schedule { get; init; } = ScheduleTally.Empty;

    /// <summary>The "compare two days" form, filled with the last 30 days.</summary>
    public PlanCompareForm? Compare { get; init; }
}
