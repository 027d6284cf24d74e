using Microsoft.EntityFrameworkCore;
using OpenGov.Core.Monitoring;
using OpenGov.Web.Data;

namespace OpenGov.Web.Features.Monitoring;

/// <summary>Read side of monitoring reports: projections straight into the view models.</summary>
public static class ReportQueries
{
    public static IQueryable<MonitoringReport> Published(this IQueryable<MonitoringReport> reports) =>
        reports.Where(r => r.Status == ReportStatus.Published);

    public static async Task<ReportIndexViewModel?> LoadIndexAsync(AppDbContext db, string slug, ReportKind? kind, int? year, CancellationToken cancellationToken)
    {
        var lower = slug.ToLowerInvariant();
        var jurisdiction = await db.Jurisdictions.AsNoTracking()
            .Where(j => j.Slug == lower)
            .Select(j => new { j.Id, j.Slug, j.Name, j.IsDefault })
            .FirstOrDefaultAsync(cancellationToken);
        if (jurisdiction is null)
        {
            return null;
        }

        var published = from report in db.MonitoringReports.AsNoTracking().Published()
                        join plan in db.ActionPlans on report.ActionPlanId equals plan.Id
                        where plan.JurisdictionId == jurisdiction.Id
                        select report;
        var years = await published.Select(r => r.PublishedAt!.Value.Year).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);
        if (kind is { } k)
        {
            published = published.Where(r => r.Kind == k);
        }

        if (year is { } y)
        {
            var from = new DateTime(y, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            var to = from.AddYears(1);
            published = published.Where(r => r.PublishedAt >= from && r.PublishedAt < to);
        }

        var reports = await published
            .OrderByDescending(r => r.PublishedAt).ThenByDescending(r => r.Id)
            .Select(r => new ReportListItem(
                r.Id, r.Kind, r.Title, r.Summary, r.MonitorOrganization, r.PeriodStart, r.PeriodEnd, r.PublishedAt,
                db.MonitoringReports.Any(c => c.SupersedesReportId == r.Id && c.Status == ReportStatus.Published),
                r.IsIllustrative))
            .ToListAsync(cancellationToken);
        return new ReportIndexViewModel(jurisdiction.Slug, jurisdiction.Name, jurisdiction.IsDefault, kind, year, years, reports);
    }

    /// <summary>The report page; drafts only when <paramref name="includeDrafts"/> (the monitor's preview).</summary>
    public static async Task<ReportDetailsViewModel?> LoadDetailsAsync(AppDbContext db, int id, bool includeDrafts, CancellationToken cancellationToken)
    {
        var report = await db.MonitoringReports.AsNoTracking()
            .Where(r => r.Id == id && (includeDrafts || r.Status == ReportStatus.Published))
            .Join(db.ActionPlans, r => r.ActionPlanId, p => p.Id, (r, p) => new
            {
                r.Id, r.ActionPlanId, r.Kind, r.Title, r.Summary, r.Body, r.MonitorOrganization, r.PeriodStart, r.PeriodEnd,
                r.Status, r.PublishedAt, r.IsIllustrative, r.SupersedesReportId,
                Pdf = r.Pdf == null ? null : new ReportPdfLink(r.Pdf.FileName, r.Pdf.SizeBytes),
                PlanNumber = p.Number, PlanTitle = p.Title,
                p.Jurisdiction!.Slug, JurisdictionName = p.Jurisdiction.Name, p.Jurisdiction.IsDefault,
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (report is null)
        {
            return null;
        }

        var links = await db.MonitoringReports.AsNoTracking()
            .Where(r => r.Status == ReportStatus.Published && (r.Id == report.SupersedesReportId || r.SupersedesReportId == report.Id))
            .OrderByDescending(r => r.PublishedAt)
            .Select(r => new { r.Id, r.Title, r.PublishedAt, r.SupersedesReportId })
            .ToListAsync(cancellationToken);
        var supersedes = links.Where(l => l.Id == report.SupersedesReportId).Select(l => new ReportLink(l.Id, l.Title, l.PublishedAt)).FirstOrDefault();
        var supersededBy = links.Where(l => l.SupersedesReportId == report.Id).Select(l => new ReportLink(l.Id, l.Title, l.PublishedAt)).FirstOrDefault();

        var assessments = await AssessmentRows(db, db.CommitmentAssessments.Where(a => a.MonitoringReportId == id), publishedOnly: false)
            .ToListAsync(cancellationToken);
        var assessed = assessments.Select(a => a.CommitmentCode).ToHashSet();
        var unassessed = report.Status == ReportStatus.Draft
            ? (await db.Commitments.AsNoTracking().Where(c => c.ActionPlanId == report.ActionPlanId).OrderBy(c => c.Code).Select(c => c.Code).ToListAsync(cancellationToken))
                .Where(code => !assessed.Contains(code)).ToList()
            : [];

        return new ReportDetailsViewModel(
            report.Slug, report.JurisdictionName, report.IsDefault, report.Id, report.PlanNumber, report.PlanTitle, report.Kind,
            report.Title, report.Summary, report.Body, report.MonitorOrganization, report.PeriodStart, report.PeriodEnd,
            report.Status, report.PublishedAt, report.IsIllustrative, supersedes, supersededBy, report.Pdf, assessments, unassessed);
    }

    /// <summary>
    /// "Qué dice el monitor independiente" on the commitment page: every published assessment of the
    /// commitment, newest report first, in one query whatever the number of reports.
    /// </summary>
    public static Task<List<AssessmentRow>> ForCommitmentAsync(AppDbContext db, int commitmentId, CancellationToken cancellationToken) =>
        AssessmentRows(db, db.CommitmentAssessments.Where(a => a.CommitmentId == commitmentId), publishedOnly: true)
            .ToListAsync(cancellationToken);

    /// <summary>Newest report first, then by commitment code; ordered before the projection, which EF cannot sort on.</summary>
    private static IQueryable<AssessmentRow> AssessmentRows(AppDbContext db, IQueryable<CommitmentAssessment> assessments, bool publishedOnly) =>
        from a in assessments.AsNoTracking()
        join r in db.MonitoringReports on a.MonitoringReportId equals r.Id
        join c in db.Commitments on a.CommitmentId equals c.Id
        join p in db.ActionPlans on c.ActionPlanId equals p.Id
        where !publishedOnly || r.Status == ReportStatus.Published
        orderby r.PublishedAt descending, r.Id descending, c.Code
        select new AssessmentRow(
            r.Id, r.Title, r.Kind, r.PublishedAt,
            db.MonitoringReports.Any(n => n.SupersedesReportId == r.Id && n.Status == ReportStatus.Published),
            p.Number, c.Code, c.Title,
            a.Verifiability, a.IsRelevant, a.ValuesServed, a.Potential, a.Completion, a.DidItOpenGovernment, a.Narrative);
}
