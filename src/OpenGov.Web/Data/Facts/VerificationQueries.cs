using OpenGov.Core.Commitments;

namespace OpenGov.Web.Data.Facts;

/// <summary>
/// The milestone level of the read model (ADR-029): each milestone with the facts ADR-009's rules read.
/// Today's facts come from the stored <see cref="MilestoneFigures"/> (one join, whatever the history's
/// size); the facts as they stood before a moment come from the append-only history, with the SQL form
/// of <see cref="VerificationRules"/> written once here. <c>VerificationRulesAgreementTests</c> checks that
/// this SQL, the stored figures and the Core rules give the same answers.
/// </summary>
public static class VerificationQueries
{
    /// <summary>
    /// The milestones with their facts: today's from the stored figures, or, with <paramref name="asOf"/>,
    /// as they stood at the end of that day (UTC) from the history (see <see cref="FromHistory"/>).
    /// </summary>
    public static IQueryable<MilestoneVerificationRow> WithVerification(this IQueryable<Milestone> milestones, AppDbContext db, DateOnly? asOf = null) =>
        asOf is { } day
            ? milestones.FromHistory(db, EndOf(day))
            : from m in milestones
              join f in db.MilestoneFigures on m.Id equals f.MilestoneId into figures
              from f in figures.DefaultIfEmpty()
              select new MilestoneVerificationRow
              {
                  Milestone = m,
                  Progress = m.Progress,
                  Status = m.Status,
                  ActualCompletion = m.ActualCompletion,
                  HasUpdates = f != null,
                  LatestReportedAt = f != null ? f.LatestReportedAt : null,
                  LatestVerdict = f != null ? f.LatestVerdict : null,
                  VerifiedProgress = f != null ? f.VerifiedProgress : null,
              };

    /// <summary>The first moment after <paramref name="day"/> (UTC): facts "as of" a day include everything recorded on it.</summary>
    public static DateTime EndOf(DateOnly day) => day.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    /// <summary>
    /// The milestones with the facts of their history recorded before <paramref name="before"/> (all of it
    /// when null): reported progress and status from the newest report, the latest verdict of each report
    /// (the last recorded; ties: highest id) and the progress of the newest report whose latest verdict is
    /// Verified. Correlated subqueries: the cost grows with the history of the milestones asked for, which
    /// is why today's pages read the stored figures and only writes and "as of" views come here.
    /// </summary>
    public static IQueryable<MilestoneVerificationRow> FromHistory(this IQueryable<Milestone> milestones, AppDbContext db, DateTime? before)
    {
        var reports = before is { } cutoff ? db.ProgressUpdates.Where(u => u.ReportedAt < cutoff) : db.ProgressUpdates;
        var updates = reports.WithLatestVerdict(before);
        var completedBefore = before is { } moment ? DateOnly.FromDateTime(moment) : DateOnly.MaxValue;
        return milestones.Select(m => new MilestoneVerificationRow
        {
            Milestone = m,
            Progress = updates.Where(u => u.MilestoneId == m.Id)
                .OrderByDescending(u => u.ReportedAt).ThenByDescending(u => u.Id)
                .Select(u => (int?)u.Progress)
                .FirstOrDefault() ?? 0,
            Status = updates.Where(u => u.MilestoneId == m.Id)
                .OrderByDescending(u => u.ReportedAt).ThenByDescending(u => u.Id)
                .Select(u => (MilestoneStatus?)u.Status)
                .FirstOrDefault() ?? MilestoneStatus.NotStarted,
            ActualCompletion = m.ActualCompletion < completedBefore ? m.ActualCompletion : null,
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

    /// <summary>Each update with its latest verdict recorded before <paramref name="before"/> (all when null): the last recorded (ties: highest id), whoever recorded it.</summary>
    public static IQueryable<UpdateVerdictRow> WithLatestVerdict(this IQueryable<ProgressUpdate> updates, DateTime? before = null)
    {
        var cutoff = before ?? Always;
        return updates.Select(u => new UpdateVerdictRow
        {
            Id = u.Id,
            MilestoneId = u.MilestoneId,
            ReportedAt = u.ReportedAt,
            Progress = u.Progress,
            Status = u.Status,
            LatestVerdict = u.Verifications
                .Where(v => v.RecordedAt < cutoff)
                .OrderByDescending(v => v.RecordedAt).ThenByDescending(v => v.Id)
                .Select(v => (VerificationVerdict?)v.Verdict)
                .FirstOrDefault(),
        });
    }

    // Later than any recorded moment (PostgreSQL's 'infinity'): "before it" means the whole history.
    private static readonly DateTime Always = DateTime.SpecifyKind(DateTime.MaxValue, DateTimeKind.Utc);
}
