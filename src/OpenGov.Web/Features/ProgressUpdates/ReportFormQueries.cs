using Microsoft.EntityFrameworkCore;
using OpenGov.Core.Commitments;
using OpenGov.Web.Data;

namespace OpenGov.Web.Features.ProgressUpdates;

public static class ReportFormQueries
{
    /// <summary>The milestone as the forms show it, with its current version and newest update, in one query.</summary>
    public static Task<ReportMilestoneContext?> LoadContextAsync(this AppDbContext db, int milestoneId, CancellationToken cancellationToken) =>
        (from m in db.Milestones.AsNoTracking()
         join c in db.Commitments on m.CommitmentId equals c.Id
         join p in db.ActionPlans on c.ActionPlanId equals p.Id
         where m.Id == milestoneId
         select new ReportMilestoneContext(
             m.Id,
             m.Version,
             m.ProgressUpdates.Max(u => (int?)u.Id) ?? 0,
             p.Jurisdiction!.Slug,
             p.Number,
             c.Code,
             m.Order,
             m.Title,
             m.ResponsibleInstitution!.Name,
             m.Progress,
             m.Status,
             m.BaselineStart,
             m.BaselineEnd,
             m.CurrentStart,
             m.CurrentEnd,
             m.MeansOfVerification,
             p.PeriodEnd))
        .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Reports saved after the one the form was read with, oldest first.</summary>
    public static Task<List<ConflictingReport>> LoadReportsAfterAsync(this AppDbContext db, int milestoneId, int lastSeenUpdateId, CancellationToken cancellationToken) =>
        db.ProgressUpdates.AsNoTracking()
            .Where(u => u.MilestoneId == milestoneId && u.Id > lastSeenUpdateId)
            .OrderBy(u => u.Id)
            .Select(u => new ConflictingReport(
                u.ReportedAt,
                db.Institutions.Where(i => i.Id == u.AuthorInstitutionId).Select(i => i.Name).FirstOrDefault(),
                u.Progress,
                u.Status,
                u.Narrative,
                u.Files.Count + u.Links.Count))
            .Take(10)
            .ToListAsync(cancellationToken);

    /// <summary>The milestone as the authorization handler needs it (its responsible institution), untracked.</summary>
    public static Task<Milestone?> FindForAuthorizationAsync(this AppDbContext db, int milestoneId, CancellationToken cancellationToken) =>
        db.Milestones.AsNoTracking().FirstOrDefaultAsync(m => m.Id == milestoneId, cancellationToken);
}
