using OpenGov.Core.Commitments;
using OpenGov.Web.Data;
using OpenGov.Web.Data.Facts;

namespace OpenGov.Web.Features.Shared;

public static class MilestoneRowQueries
{
    /// <summary>
    /// Projects milestones to flat rows (institution name, commitment code and the committee's facts
    /// as correlated subqueries of the same query, so the cost does not grow with the plan).
    /// </summary>
    public static IQueryable<MilestoneRow> SelectRows(this IQueryable<Milestone> milestones, AppDbContext db) =>
        milestones
            .OrderBy(m => m.CommitmentId).ThenBy(m => m.Order)
            .WithVerification(db)
            .Select(x => new MilestoneRow(
                x.Milestone.Id,
                x.Milestone.CommitmentId,
                x.Milestone.Commitment!.Code,
                x.Milestone.Order,
                x.Milestone.Title,
                x.Milestone.ResponsibleInstitution!.Name,
                x.Milestone.BaselineStart,
                x.Milestone.BaselineEnd,
                x.Milestone.CurrentStart,
                x.Milestone.CurrentEnd,
                x.Milestone.ActualCompletion,
                x.Milestone.Weight,
                x.Milestone.Progress,
                x.Milestone.Status,
                x.VerifiedProgress,
                VerificationRules.StateOf(x.HasUpdates, x.LatestVerdict),
                x.Milestone.DatesAssumed,
                x.Milestone.Commitment.IsIllustrative));
}
