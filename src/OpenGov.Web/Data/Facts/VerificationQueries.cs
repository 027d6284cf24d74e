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
                  BaselineStart = m.BaselineStart,
                  BaselineEnd = m.BaselineEnd,
                  CurrentStart = m.CurrentStart,
                  CurrentEnd = m.CurrentEnd,
                  DatesAssumed = m.DatesAssumed,
                  ReplanReason = m.ReplanReason,
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
    /// Verified. Before a moment, the dates, the reason they moved and the completion day are the values the
    /// audit trail says they had then (<see cref="MilestoneReplay"/>), and a milestone created after it is left
    /// out (ADR-034). Correlated subqueries: the cost grows with the history of the milestones asked for, which
    /// is why today's pages read the stored figures and only writes and "as of" views come here.
    /// </summary>
    public static IQueryable<MilestoneVerificationRow> FromHistory(this IQueryable<Milestone> milestones, AppDbContext db, DateTime? before)
    {
        var reports = before is { } cutoff ? db.ProgressUpdates.Where(u => u.ReportedAt < cutoff) : db.ProgressUpdates;
        var updates = reports.WithLatestVerdict(before);
        var completedBefore = before is { } moment ? DateOnly.FromDateTime(moment) : DateOnly.MaxValue;
        // A left-joined keyless row is tested through its columns: null when the trail has nothing after the moment.
        var replayed = before is { } end
            ? from m in milestones
              join r in MilestoneReplay.After(db, end) on m.Id equals r.MilestoneId into replays
              from r in replays.DefaultIfEmpty()
              where (bool?)r.CreatedAfter != true
              select new ReplayedMilestone
              {
                  Milestone = m,
                  BaselineStart = (bool?)r.HasBaselineStart == true ? r.BaselineStart : m.BaselineStart,
                  BaselineEnd = (bool?)r.HasBaselineEnd == true ? r.BaselineEnd : m.BaselineEnd,
                  CurrentStart = (bool?)r.HasCurrentStart == true ? r.CurrentStart : m.CurrentStart,
                  CurrentEnd = (bool?)r.HasCurrentEnd == true ? r.CurrentEnd : m.CurrentEnd,
                  ActualCompletion = (bool?)r.HasActualCompletion == true ? r.ActualCompletion : m.ActualCompletion,
                  DatesAssumed = (bool?)r.HasDatesAssumed == true ? r.DatesAssumed ?? false : m.DatesAssumed,
                  ReplanReason = (bool?)r.HasReplanReason == true ? r.ReplanReason : m.ReplanReason,
              }
            : milestones.Select(m => new ReplayedMilestone
            {
                Milestone = m,
                BaselineStart = m.BaselineStart,
                BaselineEnd = m.BaselineEnd,
                CurrentStart = m.CurrentStart,
                CurrentEnd = m.CurrentEnd,
                ActualCompletion = m.ActualCompletion,
                DatesAssumed = m.DatesAssumed,
                ReplanReason = m.ReplanReason,
            });
        return replayed.Select(x => new MilestoneVerificationRow
        {
            Milestone = x.Milestone,
            Progress = updates.Where(u => u.MilestoneId == x.Milestone.Id)
                .OrderByDescending(u => u.ReportedAt).ThenByDescending(u => u.Id)
                .Select(u => (int?)u.Progress)
                .FirstOrDefault() ?? 0,
            Status = updates.Where(u => u.MilestoneId == x.Milestone.Id)
                .OrderByDescending(u => u.ReportedAt).ThenByDescending(u => u.Id)
                .Select(u => (MilestoneStatus?)u.Status)
                .FirstOrDefault() ?? MilestoneStatus.NotStarted,

            // A completion day after the moment had not happened yet, whatever the trail says.
            ActualCompletion = x.ActualCompletion < completedBefore ? x.ActualCompletion : null,
            BaselineStart = x.BaselineStart,
            BaselineEnd = x.BaselineEnd,
            CurrentStart = x.CurrentStart,
            CurrentEnd = x.CurrentEnd,
            DatesAssumed = x.DatesAssumed,
            ReplanReason = x.ReplanReason,
            HasUpdates = updates.Any(u => u.MilestoneId == x.Milestone.Id),
            LatestReportedAt = updates.Where(u => u.MilestoneId == x.Milestone.Id)
                .OrderByDescending(u => u.ReportedAt).ThenByDescending(u => u.Id)
                .Select(u => (DateTime?)u.ReportedAt)
                .FirstOrDefault(),
            LatestVerdict = updates.Where(u => u.MilestoneId == x.Milestone.Id)
                .OrderByDescending(u => u.ReportedAt).ThenByDescending(u => u.Id)
                .Select(u => u.LatestVerdict)
                .FirstOrDefault(),
            VerifiedProgress = updates.Where(u => u.MilestoneId == x.Milestone.Id && u.LatestVerdict == VerificationVerdict.Verified)
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
