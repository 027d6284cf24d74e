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
    public static async Task<PlanProgressData> LoadAsync(AppDbContext db, int planId, CancellationToken cancellationToken, DateOnly? asOf = null)
    {
        var facts = await PlanFacts.LoadAsync(db, planId, asOf, cancellationToken);
        var items = facts.Commitments
            .Select(c => new CommitmentListItem(
                c.Code, c.Title, c.ThematicAxis, c.LeadInstitutions, c.Progress.Reported.Percent, c.Milestones.Count, c.IsIllustrative,
                c.Progress.Verified.Percent, Labels.Tag(c.Progress.Verification)))
            .ToList();
        return new PlanProgressData(items, facts.Milestones.ToList(), facts.Progress, facts.IsIllustrative);
    }
}
