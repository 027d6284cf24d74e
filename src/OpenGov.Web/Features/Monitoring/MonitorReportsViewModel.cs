namespace OpenGov.Web.Features.Monitoring;

/// <summary>The monitor's desk: start a report on a plan, continue a draft, correct a published report.</summary>
public sealed record MonitorReportsViewModel(IReadOnlyList<MonitorPlanOption> Plans, IReadOnlyList<MonitorReportListItem> Reports);
