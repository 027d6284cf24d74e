using OpenGov.Core.Monitoring;

namespace OpenGov.Web.Features.Monitoring;

/// <summary>A published report in the jurisdiction's list.</summary>
public sealed record ReportListItem(
    int Id,
    ReportKind Kind,
    string Title,
    string Summary,
    string MonitorOrganization,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    DateTime? PublishedAt,
    bool IsSuperseded,
    bool IsIllustrative);
