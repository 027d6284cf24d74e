namespace OpenGov.Web.Features.CoCreation;

/// <summary>The co-creation section of the plan page.</summary>
public sealed record PlanCoCreationModel(string Slug, int Number, CoCreationSummary Summary, IReadOnlyList<BarChartModel> AttendanceCharts, BarChartModel? FunnelChart);
