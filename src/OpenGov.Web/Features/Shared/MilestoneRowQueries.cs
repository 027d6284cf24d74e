using OpenGov.Core.Commitments;
using OpenGov.Web.Data;
using OpenGov.Web.Data.Facts;

namespace OpenGov.Web.Features.Shared;

public static class MilestoneRowQueries
{
    /// <summary>
    /// The milestone projection of the read model (ADR-029): flat rows with the institution's name, the
    /// commitment's code and the committee's facts, today's from the stored figures (one join) or, with
    /// <paramref name="asOf"/>, as they stood at the end of that day (dates included, ADR-034).
    /// </summary>
    public static IQueryable<MilestoneRow> SelectRows(this IQueryable<Milestone> milestones, AppDbContext db, DateOnly? asOf = null) =>
        milestones
            .OrderBy(m => m.CommitmentId).ThenBy(m => m.Order)
            .WithVerification(db, asOf)
            .Select(x => new MilestoneRow(
                x.Milestone.Id,
                x.Milestone.CommitmentId,
                x.Milestone.Commitment!.Code,
                x.Milestone.Order,
                x.Milestone.Title,
                x.Milestone.ResponsibleInstitution!.Name,
                x.BaselineStart,
                x.BaselineEnd,
                x.CurrentStart,
                x.CurrentEnd,
                x.ActualCompletion,
                x.Milestone.Weight,
                x.Progress,
                x.Status,
                x.VerifiedProgress,
                VerificationRules.StateOf(x.HasUpdates, x.LatestVerdict),
                x.DatesAssumed,
                x.Milestone.Commitment.IsIllustrative,
                x.Milestone.ExpectedOutput,
                x.Milestone.MeansOfVerification));
}
