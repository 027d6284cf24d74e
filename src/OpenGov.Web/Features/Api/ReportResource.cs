using OpenGov.Core.Monitoring;

namespace OpenGov.Web.Features.Api;

/// <summary>A published monitoring report of the independent monitor, with its IRM-style assessment of each commitment.</summary>
public sealed record ReportResource(
    int Id,
    int ActionPlanId,
    ReportKind Kind,
    string Title,
    string Summary,
    string MonitorOrganization,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    DateTime? PublishedAt,
    int? SupersedesReportId,
    bool IsIllustrative,
    IReadOnlyList<AssessmentResource> Assessments,
    ApiLinks Links);
