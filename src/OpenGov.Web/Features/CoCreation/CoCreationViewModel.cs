namespace OpenGov.Web.Features.CoCreation;

/// <summary>The public co-creation page of a plan.</summary>
public sealed record CoCreationViewModel(
    PlanHeader Plan, CoCreationSummary Summary, IReadOnlyList<WorkshopPublicItem> Workshops,
    BarChartModel? AttendanceChart, BarChartModel? FunnelChart, int ProposalCount);
