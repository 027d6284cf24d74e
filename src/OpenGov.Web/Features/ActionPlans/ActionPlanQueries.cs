using OpenGov.Core.ActionPlans;

namespace OpenGov.Web.Features.ActionPlans;

public static class ActionPlanQueries
{
    public static IQueryable<ActionPlan> ForJurisdiction(this IQueryable<ActionPlan> plans, int jurisdictionId) =>
        plans.Where(p => p.JurisdictionId == jurisdictionId);

    public static IQueryable<ActionPlan> ForJurisdiction(this IQueryable<ActionPlan> plans, string slug)
    {
        var lower = slug.ToLowerInvariant();
        return plans.Where(p => p.Jurisdiction!.Slug == lower);
    }

    /// <summary>The active plan first: the latest one still open, else the latest closed one.</summary>
    public static IQueryable<ActionPlan> ActiveFirst(this IQueryable<ActionPlan> plans) =>
        plans.OrderBy(p => p.Status == PlanStatus.Closed ? 1 : 0).ThenByDescending(p => p.Number);
}
