using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenGov.Core.Monitoring;
using OpenGov.Web.Data;
using OpenGov.Web.Resources;

namespace OpenGov.Web.Features.Feeds;

/// <summary>The independent monitor's published reports of the jurisdiction's plans, dated by publication.</summary>
public sealed class MonitoringReportsFeedSource(AppDbContext db, IStringLocalizer<SharedResource> t) : IJurisdictionFeedSource
{
    public async Task<IReadOnlyList<FeedEntry>> LoadAsync(FeedScope scope, int limit, CancellationToken cancellationToken)
    {
        var reports = await db.MonitoringReports.AsNoTracking()
            .Where(r => r.Status == ReportStatus.Published
                && db.ActionPlans.Any(p => p.Id == r.ActionPlanId && p.JurisdictionId == scope.JurisdictionId))
            .OrderByDescending(r => r.PublishedAt).ThenByDescending(r => r.Id)
            .Take(limit)
            .Select(r => new { r.Id, r.Title, r.PublishedAt, r.Summary, r.MonitorOrganization })
            .ToListAsync(cancellationToken);
        return reports.Select(r => new FeedEntry(
                scope.AbsoluteUrl("report", new { slug = scope.Slug, id = r.Id }),
                t["Informe de monitoreo: {0}", r.Title],
                scope.AbsoluteUrl("report", new { slug = scope.Slug, id = r.Id }),
                r.PublishedAt!.Value,
                FeedText.Excerpt(r.Summary),
                r.MonitorOrganization))
            .ToList();
    }
}
