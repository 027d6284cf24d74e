using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenGov.Core.Commitments;
using OpenGov.Web.Data;
using OpenGov.Web.Features.ActionPlans;
using OpenGov.Web.Features.Jurisdictions;
using OpenGov.Web.Features.Meetings;
using OpenGov.Web.Features.Milestones;
using OpenGov.Web.Features.Shared;

namespace OpenGov.Web.Features.Home;

/// <summary>
/// Builds a jurisdiction's home in four queries whatever the plan's size: the jurisdiction with its
/// next committee meeting and active plan, commitments, milestones, recent updates. Due-soon and overdue lists come from the milestones in memory.
/// </summary>
public static class JurisdictionHomeQuery
{
    public const int DueSoonDays = 30;
    private const int RecentUpdateCount = 5;

    /// <param name="slug">The jurisdiction, or null for the default one.</param>
    public static async Task<JurisdictionHomeViewModel?> LoadAsync(
        AppDbContext db, string? slug, DateOnly today, SteeringBodyNames bodies, IStringLocalizer t, CancellationToken cancellationToken)
    {
        // The jurisdiction, its next public meeting and its active plan's header in one query.
        var jurisdictions = slug is null ? db.Jurisdictions.Where(j => j.IsDefault) : db.Jurisdictions.BySlug(slug);
        var upcoming = db.CommitteeMeetings.Public().UpcomingFrom(today);
        var plans = db.ActionPlans.ActiveFirst();
        var jurisdiction = await jurisdictions.AsNoTracking()
            .Select(j => new
            {
                j.Id, j.Slug, j.Name, j.BrandName, j.IsDefault, j.SteeringBodyName,
                NextMeeting = upcoming.Where(m => m.JurisdictionId == j.Id)
                    .Select(m => new MeetingListItem(m.Id, m.Title, m.Date, m.StartTime, m.Place, m.IsOpenToPublic, m.Status, j.Slug, j.Name) { IsIllustrative = m.IsIllustrative })
                    .FirstOrDefault(),
                Plan = plans.Where(p => p.JurisdictionId == j.Id)
                    .Select(p => new { p.Id, p.Number, p.Title, p.Status, p.PeriodStart, p.PeriodEnd, p.Summary, p.SummaryQu, p.Vision })
                    .FirstOrDefault(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (jurisdiction is null)
        {
            return null;
        }

        var (nextMeeting, plan) = (jurisdiction.NextMeeting, jurisdiction.Plan);
        if (plan is null)
        {
            return new JurisdictionHomeViewModel(jurisdiction.Slug, jurisdiction.Name, jurisdiction.BrandName, jurisdiction.IsDefault,
                null, [], [], [], [], nextMeeting) { SteeringBody = bodies.Display(jurisdiction.SteeringBodyName) };
        }

        var data = await PlanProgressQuery.LoadAsync(db, plan.Id, today, cancellationToken);
        var recent = await db.Milestones.AsNoTracking().ForPlan(plan.Id).SelectTimeline(db)
            .Take(RecentUpdateCount).ToListAsync(cancellationToken);

        // Due is null for a milestone whose end is unknown or assumed: it is neither due soon nor overdue (ADR-022).
        var open = data.Milestones
            .Where(m => m.Status is not (MilestoneStatus.Completed or MilestoneStatus.Cancelled) && m.Due is not null)
            .OrderBy(m => m.Due)
            .ToList();
        var dueSoon = open.Where(m => m.Due >= today && m.Due <= today.AddDays(DueSoonDays))
            .Select(m => MilestoneListItem.From(m, today)).ToList();
        var overdue = open.Where(m => m.Due < today).Select(m => MilestoneListItem.From(m, today)).ToList();

        var body = bodies.Display(jurisdiction.SteeringBodyName);
        // The coverage is said once, in the home's own sentence, so the pair does not repeat it.
        var progress = ProgressPairs.Of(data.Progress, data.IsIllustrative, t, body).WithoutExplanations() with { Coverage = null };
        var verifiedCommitments = data.Commitments.Count(c => c.Progress is not null && c.VerifiedProgress is not null);
        return new JurisdictionHomeViewModel(
            jurisdiction.Slug, jurisdiction.Name, jurisdiction.BrandName, jurisdiction.IsDefault,
            new JurisdictionHomePlan(plan.Number, plan.Title, plan.Status, plan.PeriodStart, plan.PeriodEnd, ContentLanguage.Pick(plan.Summary ?? plan.Vision, plan.SummaryQu), progress,
                data.Progress.Coverage, verifiedCommitments, data.Schedule),
            data.Commitments, recent, dueSoon, overdue, nextMeeting) { SteeringBody = body };
    }
}
