using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenGov.Web.Data;
using OpenGov.Web.Features.Milestones;

namespace OpenGov.Web.Features.Feeds;

public static class ProgressFeedQueries
{
    /// <summary>The newest progress updates of a jurisdiction (optionally one commitment), in one query.</summary>
    public static Task<List<FeedUpdateRow>> NewestAsync(AppDbContext db, int jurisdictionId, int? commitmentId, int limit, CancellationToken cancellationToken) => (
            from u in db.ProgressUpdates.AsNoTracking()
            join m in db.Milestones on u.MilestoneId equals m.Id
            join c in db.Commitments on m.CommitmentId equals c.Id
            join p in db.ActionPlans on c.ActionPlanId equals p.Id
            where p.JurisdictionId == jurisdictionId && (commitmentId == null || c.Id == commitmentId)
            orderby u.ReportedAt descending, u.Id descending
            select new FeedUpdateRow(
                u.Id, u.ReportedAt, p.Number, c.Code, m.Order, m.Title, u.Progress, u.Status, u.Narrative,
                db.Institutions.Where(i => i.Id == u.AuthorInstitutionId).Select(i => i.Name).FirstOrDefault(),
                c.IsIllustrative))
        .Take(limit)
        .ToListAsync(cancellationToken);

    /// <summary>A progress update as a feed entry, in the visitor's language.</summary>
    public static FeedEntry ToEntry(FeedUpdateRow u, FeedScope scope, IStringLocalizer t)
    {
        var url = scope.AbsoluteUrl("milestone", new { slug = scope.Slug, number = u.PlanNumber, code = u.CommitmentCode, order = u.MilestoneOrder });
        var link = $"{url}#{UpdateAnchors.Of(u.Id)}";
        // A feed reader shows the entry alone, so demo data says so in its own title and summary.
        return new FeedEntry(
            link,
            u.IsIllustrative
                ? t["{0} · {1}: avance {2} % (datos ilustrativos)", u.CommitmentCode, u.MilestoneTitle, u.Progress]
                : t["{0} · {1}: avance {2} %", u.CommitmentCode, u.MilestoneTitle, u.Progress],
            link,
            u.ReportedAt,
            u.IsIllustrative
                ? t["Datos ilustrativos de demostración, no tomados de un documento oficial. {0}", FeedText.Excerpt(u.Narrative)]
                : FeedText.Excerpt(u.Narrative),
            u.Institution);
    }
}
