namespace OpenGov.Web.Features.CoCreation;

/// <summary>The public co-creation page of a plan.</summary>
public sealed record CoCreationViewModel(
    PlanHeader Plan, CoCreationSummary Summary, IReadOnlyList<WorkshopPublicItem> Workshops,
    IReadOnlyList<BarChartModel> AttendanceCharts, BarChartModel? FunnelChart, int ProposalCount);
