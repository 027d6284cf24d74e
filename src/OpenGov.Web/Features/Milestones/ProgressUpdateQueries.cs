using Microsoft.EntityFrameworkCore;
using OpenGov.Core.Commitments;
using OpenGov.Web.Data;

namespace OpenGov.Web.Features.Milestones;

public static class ProgressUpdateQueries
{
    /// <summary>
    /// Progress updates as timeline entries, newest first, with the milestone and the reporting
    /// institution joined in the same query.
    /// </summary>
    public static IQueryable<ProgressUpdateListItem> SelectTimeline(this IQueryable<Milestone> milestones, AppDbContext db) =>
        from u in db.ProgressUpdates
        join m in milestones on u.MilestoneId equals m.Id
        orderby u.ReportedAt descending, u.Id descending
        select new ProgressUpdateListItem(
            u.ReportedAt,
            m.Commitment!.Code,
            m.Order,
            m.Title,
            db.Institutions.Where(i => i.Id == u.AuthorInstitutionId).Select(i => i.Name).FirstOrDefault(),
            u.Progress,
            u.Status,
            u.Narrative,
            m.Commitment.IsIllustrative);
}
