using OpenGov.Core.Commitments;

namespace OpenGov.Web.Features.Shared;

public static class MilestoneRowQueries
{
    /// <summary>Projects milestones to flat rows (institution name and commitment code joined in the same query).</summary>
    public static IQueryable<MilestoneRow> SelectRows(this IQueryable<Milestone> milestones) =>
        milestones
            .OrderBy(m => m.CommitmentId).ThenBy(m => m.Order)
            .Select(m => new MilestoneRow(
                m.Id,
                m.CommitmentId,
                m.Commitment!.Code,
                m.Order,
                m.Title,
                m.ResponsibleInstitution!.Name,
                m.BaselineStart,
                m.BaselineEnd,
                m.CurrentStart,
                m.CurrentEnd,
                m.ActualCompletion,
                m.Weight,
                m.Progress,
                m.Status));
}
