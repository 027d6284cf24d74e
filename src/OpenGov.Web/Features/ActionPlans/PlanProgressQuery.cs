using OpenGov.Core.Commitments;
using OpenGov.Web.Data;
using OpenGov.Web.Data.Facts;
using OpenGov.Web.Features.Commitments;
using OpenGov.Web.Features.Shared;

namespace OpenGov.Web.Features.ActionPlans;

/// <summary>
/// The plan's facts from the read model (<see cref="PlanFacts"/>, two queries whatever the plan's size),
/// mapped to what the jurisdiction home and the plan page show.
/// </summary>
public static class PlanProgressQuery
{
    /// <param name="today">The day the schedule is judged on: today, or the <paramref name="asOf"/> day.</param>
    public static async Task<PlanProgressData> LoadAsync(AppDbContext db, int planId, DateOnly today, CancellationToken cancellationToken, DateOnly? asOf = null)
    {
        var facts = await PlanFacts.LoadAsync(db, planId, asOf, cancellationToken);
        var items = facts.Commitments
            .Select(c => new CommitmentListItem(
                c.Code, c.Title, c.ThematicAxis, c.LeadInstitutions, c.Progress.Reported.Percent, c.Milestones.Count, c.IsIllustrative,
                c.Progress.Verified.Percent, Labels.Tag(c.Progress.Verification))
            {
                Schedule = ScheduleTally.Of(c.Milestones.Select(m => m.Standing(today))),
            })
            .ToList();
        var milestones = facts.Milestones.ToList();
        return new PlanProgressData(items, milestones, facts.Progress, facts.IsIllustrative, ScheduleTally.Of(milestones.Select(m => m.Standing(today))));
    }
}
