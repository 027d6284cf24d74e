using OpenGov.Core.Monitoring;

namespace OpenGov.Web.Features.Monitoring;

/// <summary>A report in the monitor's back-office list, drafts included.</summary>
public sealed record MonitorReportListItem(int Id, string Title, string JurisdictionSlug, int PlanNumber, ReportKind Kind, ReportStatus Status, DateTime? PublishedAt, int? SupersedesReportId);
