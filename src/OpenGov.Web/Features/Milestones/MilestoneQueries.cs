using OpenGov.Core.Commitments;

namespace OpenGov.Web.Features.Milestones;

public static class MilestoneQueries
{
    public static IQueryable<Milestone> ForPlan(this IQueryable<Milestone> milestones, int planId) =>
        milestones.Where(m => m.Commitment!.ActionPlanId == planId);

    public static IQueryable<Milestone> ForPlans(this IQueryable<Milestone> milestones, IReadOnlyCollection<int> planIds) =>
        milestones.Where(m => planIds.Contains(m.Commitment!.ActionPlanId));

    public static IQueryable<Milestone> ForCommitment(this IQueryable<Milestone> milestones, int commitmentId) =>
        milestones.Where(m => m.CommitmentId == commitmentId);
}
