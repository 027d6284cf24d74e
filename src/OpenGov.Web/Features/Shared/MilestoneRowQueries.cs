using OpenGov.Core.Commitments;

namespace OpenGov.Web.Features.Shared;

public static class MilestoneRowQueries
{
    /// <summary>
    /// Projects milestones to flat rows (institution name, commitment code and the committee's figures
    /// as correlated subqueries of the same query, so the cost does not grow with the plan).
    /// </summary>
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
                m.Status,
                m.ProgressUpdates
                    .Where(u => u.Verifications
                        .OrderByDescending(v => v.RecordedAt).ThenByDescending(v => v.Id)
                        .Select(v => (VerificationVerdict?)v.Verdict)
                        .FirstOrDefault() == VerificationVerdict.Verified)
                    .OrderByDescending(u => u.ReportedAt).ThenByDescending(u => u.Id)
                    .Select(u => (int?)u.Progress)
                    .FirstOrDefault(),
                VerificationStates.Of(
                    m.ProgressUpdates.Any(),
                    m.ProgressUpdates
                        .OrderByDescending(u => u.ReportedAt).ThenByDescending(u => u.Id)
                        .Select(u => u.Verifications
                            .OrderByDescending(v => v.RecordedAt).ThenByDescending(v => v.Id)
                            .Select(v => (VerificationVerdict?)v.Verdict)
                            .FirstOrDefault())
                        .FirstOrDefault())));
}
