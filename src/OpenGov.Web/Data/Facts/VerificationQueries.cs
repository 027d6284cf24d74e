using OpenGov.Core.Commitments;

namespace OpenGov.Web.Data.Facts;

/// <summary>
/// The SQL form of <see cref="VerificationRules"/>, written once: the latest verdict of each update, then
/// per milestone the facts the rules read. Used as correlated subqueries, so a page's milestones still
/// come in one query whatever the history's size; <c>VerificationRulesAgreementTests</c> checks that SQL
/// and the Core rules give the same answers.
/// </summary>
public static class VerificationQueries
{
    /// <summary>Each update with its latest verdict: the last recorded (ties: highest id), whoever recorded it.</summary>
    public static IQueryable<UpdateVerdictRow> WithLatestVerdict(this IQueryable<ProgressUpdate> updates) =>
        updates.Select(u => new UpdateVerdictRow
        {
            Id = u.Id,
            MilestoneId = u.MilestoneId,
            ReportedAt = u.ReportedAt,
            Progress = u.Progress,
            LatestVerdict = u.Verifications
                .OrderByDescending(v => v.RecordedAt).ThenByDescending(v => v.Id)
                .Select(v => (VerificationVerdict?)v.Verdict)
                .FirstOrDefault(),
        });

    /// <summary>The milestones with the facts of their verification (see <see cref="MilestoneVerificationRow"/>).</summary>
    public static IQueryable<MilestoneVerificationRow> WithVerification(this IQueryable<Milestone> milestones, AppDbContext db)
    {
        var updates = db.ProgressUpdates.WithLatestVerdict();
        return milestones.Select(m => new MilestoneVerificationRow
        {
            Milestone = m,
            HasUpdates = updates.Any(u => u.MilestoneId == m.Id),
            LatestReportedAt = updates.Where(u => u.MilestoneId == m.Id)
                .OrderByDescending(u => u.ReportedAt).ThenByDescending(u => u.Id)
                .Select(u => (DateTime?)u.ReportedAt)
                .FirstOrDefault(),
            LatestVerdict = updates.Where(u => u.MilestoneId == m.Id)
                .OrderByDescending(u => u.ReportedAt).ThenByDescending(u => u.Id)
                .Select(u => u.LatestVerdict)
                .FirstOrDefault(),
            VerifiedProgress = updates.Where(u => u.MilestoneId == m.Id && u.LatestVerdict == VerificationVerdict.Verified)
                .OrderByDescending(u => u.ReportedAt).ThenByDescending(u => u.Id)
                .Select(u => (int?)u.Progress)
                .FirstOrDefault(),
        });
    }
}
