using OpenGov.Core.Commitments;
using OpenGov.Web.Data;

namespace OpenGov.Web.Features.Verifications;

public static class VerificationQueries
{
    /// <summary>Updates nobody on the committee has reviewed yet, oldest first (first come, first served).</summary>
    public static IQueryable<ProgressUpdate> Unreviewed(this IQueryable<ProgressUpdate> updates) =>
        updates.Where(u => !u.Verifications.Any()).OrderBy(u => u.ReportedAt).ThenBy(u => u.Id);

    /// <summary>Updates of the plans of the given jurisdictions: a steering body verifies only its own (ADR-019).</summary>
    public static IQueryable<ProgressUpdate> InJurisdictions(this IQueryable<ProgressUpdate> updates, AppDbContext db, IReadOnlySet<int> jurisdictionIds)
    {
        var ids = jurisdictionIds.ToList();
        var milestoneIds =
            from m in db.Milestones
            join p in db.ActionPlans on m.Commitment!.ActionPlanId equals p.Id
            where ids.Contains(p.JurisdictionId)
            select m.Id;
        return updates.Where(u => milestoneIds.Contains(u.MilestoneId));
    }

    /// <summary>
    /// Two keys (ADR-020): updates the user reported, or whose milestone one of the user's institutions
    /// answers for, are the first key; <paramref name="sameHand"/> selects them (true) or the others (false).
    /// </summary>
    public static IQueryable<ProgressUpdate> ReportedBySameHand(
        this IQueryable<ProgressUpdate> updates, AppDbContext db, string userId, IReadOnlySet<int> institutionIds, bool sameHand)
    {
        var ids = institutionIds.ToList();
        return updates.Where(u => (u.AuthorId == userId || db.Milestones.Any(m => m.Id == u.MilestoneId && ids.Contains(m.ResponsibleInstitutionId))) == sameHand);
    }

    /// <summary>Updates of one jurisdiction's plans (a committee usually follows one); all when no slug is given.</summary>
    public static IQueryable<ProgressUpdate> InJurisdiction(this IQueryable<ProgressUpdate> updates, AppDbContext db, string? slug)
    {
        if (string.IsNullOrWhiteSpace(slug))
        {
            return updates;
        }

        var lower = slug.ToLowerInvariant();
        var milestoneIds =
            from m in db.Milestones
            join p in db.ActionPlans on m.Commitment!.ActionPlanId equals p.Id
            where p.Jurisdiction!.Slug == lower
            select m.Id;
        return updates.Where(u => milestoneIds.Contains(u.MilestoneId));
    }

    /// <summary>Updates with at least one verdict, the most recently reviewed first.</summary>
    public static IQueryable<ProgressUpdate> RecentlyReviewed(this IQueryable<ProgressUpdate> updates) =>
        updates.Where(u => u.Verifications.Any())
            .OrderByDescending(u => u.Verifications.Max(v => v.RecordedAt)).ThenByDescending(u => u.Id);

    /// <summary>
    /// Queue items with milestone, commitment, plan, institution, evidence and verdicts in one projection
    /// (use AsSplitQuery for the collections). File contents are never read here.
    /// </summary>
    public static IQueryable<VerificationQueueItem> SelectQueueItems(this IQueryable<ProgressUpdate> updates, AppDbContext db) =>
        from u in updates
        join m in db.Milestones on u.MilestoneId equals m.Id
        join p in db.ActionPlans on m.Commitment!.ActionPlanId equals p.Id
        select new VerificationQueueItem(
            u.Id,
            u.ReportedAt,
            u.Progress,
            u.Status,
            u.Narrative,
            p.Jurisdiction!.Slug,
            p.Jurisdiction.Name,
            p.Number,
            m.Commitment!.Code,
            m.Commitment!.Title,
            m.Order,
            m.Title,
            m.ResponsibleInstitution!.Name,
            p.JurisdictionId,
            m.ResponsibleInstitutionId,
            u.AuthorId,
            u.Files.OrderBy(f => f.Id).Select(f => new EvidenceFileItem(f.Id, f.FileName, f.SizeBytes)).ToList(),
            u.Links.OrderBy(l => l.Id).Select(l => l.Url).ToList(),
            u.Verifications.OrderBy(v => v.RecordedAt).ThenBy(v => v.Id)
                .Select(v => new VerdictHistoryItem(
                    v.RecordedAt,
                    db.Users.Where(r => r.Id == v.ReviewerId).Select(r => r.DisplayName).FirstOrDefault() ?? "",
                    v.ReviewerId,
                    v.Verdict,
                    v.Comment))
                .ToList());
}
