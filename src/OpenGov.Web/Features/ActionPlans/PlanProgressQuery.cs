using Microsoft.EntityFrameworkCore;
using OpenGov.Core.Commitments;
using OpenGov.Web.Data;
using OpenGov.Web.Features.Commitments;
using OpenGov.Web.Features.Milestones;
using OpenGov.Web.Features.Shared;

namespace OpenGov.Web.Features.ActionPlans;

/// <summary>
/// Two flat queries (commitments, milestones) whatever the plan's size; the roll-ups are computed
/// in memory. Used by the jurisdiction home and the plan page.
/// </summary>
public static class PlanProgressQuery
{
    public static async Task<PlanProgressData> LoadAsync(AppDbContext db, int planId, CancellationToken cancellationToken)
    {
        var commitments = await db.Commitments.AsNoTracking().ForPlan(planId).InPlanOrder()
            .Select(c => new
            {
                c.Id,
                c.Code,
                c.Title,
                c.ThematicAxis,
                Leads = c.LeadInstitutions.OrderBy(i => i.Name).Select(i => i.Name).ToList(),
                c.Weight,
                c.IsIllustrative,
            })
            .ToListAsync(cancellationToken);
        var milestones = await db.Milestones.AsNoTracking().ForPlan(planId).SelectRows(db).ToListAsync(cancellationToken);

        var progress = Progress.ByCommitment(commitments.Select(c => c.Id), milestones);
        var byCommitment = milestones.ToLookup(m => m.CommitmentId);
        var items = commitments
            .Select(c => new CommitmentListItem(
                c.Code, c.Title, c.ThematicAxis, c.Leads, progress[c.Id].Reported.Percent, byCommitment[c.Id].Count(), c.IsIllustrative,
                progress[c.Id].Verified.Percent, Labels.Tag(progress[c.Id].Verification)))
            .ToList();
        var plan = PlanProgress.Of(commitments.Select(c => (c.Weight, progress[c.Id])).ToList());
        var illustrative = commitments.Any(c => c.IsIllustrative && progress[c.Id].Reported.HasData);

        // Milestones in the plan's commitment order, for the tables and the timeline.
        var order = commitments.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var ordered = milestones.OrderBy(m => order.GetValueOrDefault(m.CommitmentId)).ThenBy(m => m.Order).ToList();
        return new PlanProgressData(items, ordered, plan, illustrative);
    }
}
