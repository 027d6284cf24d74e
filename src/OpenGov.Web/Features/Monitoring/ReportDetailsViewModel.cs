using OpenGov.Core.Monitoring;

namespace OpenGov.Web.Features.Monitoring;

/// <summary>The public report page; also the monitor's preview of a draft, which renders exactly the same.</summary>
public sealed record ReportDetailsViewModel(
    string Slug,
    string JurisdictionName,
    bool IsDefaultJurisdiction,
    int Id,
    int PlanNumber,
    string PlanTitle,
    ReportKind Kind,
    string Title,
    string Summary,
    string? Body,
    string MonitorOrganization,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    ReportStatus Status,
    DateTime? PublishedAt,
    bool IsIllustrative,
    ReportLink? Supersedes,
    ReportLink? SupersededBy,
    ReportPdfLink? Pdf,
    IReadOnlyList<AssessmentRow> Assessments,
    IReadOnlyList<string> UnassessedCodes)
{
    public bool IsPreview => Status == ReportStatus.Draft;
}
