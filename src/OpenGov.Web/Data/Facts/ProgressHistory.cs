using Microsoft.EntityFrameworkCore;
using OpenGov.Core.Auditing;
using OpenGov.Core.Commitments;

namespace OpenGov.Web.Data.Facts;

/// <summary>
/// How a milestone's, a commitment's or a plan's reported and verified progress moved (ADR-040): one point
/// per day on which something was reported or verified (or a milestone or commitment came into being), each
/// the figure the <c>?asOf=</c> page of that day shows. The history is read in one query (the commitments with
/// their milestones, reports and verdicts, and when the audit trail says each was created) and folded in memory
/// through the Core rules the as-of pages use in SQL (<see cref="VerificationRules"/>, <see cref="CommitmentProgress"/>,
/// <see cref="PlanProgress"/>), day by day, with the same end-of-day cut-off (<see cref="VerificationQueries.EndOf"/>).
/// </summary>
public sealed record ProgressHistory(IReadOnlyList<ProgressHistoryPoint> Points)
{
    /// <summary>Nothing reported yet (by the day asked for): the chart says so instead of drawing a flat line.</summary>
    public bool IsEmpty => Points.Count == 0;

    /// <summary>One milestone: its reported progress and the progress the committee last verified.</summary>
    public static async Task<ProgressHistory> ForMilestoneAsync(AppDbContext db, int milestoneId, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var commitments = await LoadAsync(db, db.Commitments.Where(c => c.Milestones.Any(m => m.Id == milestoneId)), milestoneId, asOf, cancellationToken);
        var milestone = commitments.SelectMany(c => c.Milestones).Single();
        return Fold([milestone], (_, facts, _) => facts[milestone.Id] is { } f ? (f.Progress, f.VerifiedProgress, null) : (null, null, null));
    }

    /// <summary>One commitment: the roll-ups of its milestones (ADR-005, ADR-009).</summary>
    public static async Task<ProgressHistory> ForCommitmentAsync(AppDbContext db, int commitmentId, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var commitments = await LoadAsync(db, db.Commitments.Where(c => c.Id == commitmentId), null, asOf, cancellationToken);
        var milestones = commitments.SelectMany(c => c.Milestones).ToList();
        return Fold(milestones, (_, facts, _) =>
        {
            var progress = CommitmentProgress.Of(milestones.Select(m => facts[m.Id]).OfType<MilestoneFacts>().ToList());
            return (progress.Reported.Percent, progress.Verified.Percent, null);
        });
    }

    /// <summary>
    /// One plan: its roll-ups over the commitments that existed on each day, with their coverage; no figure
    /// where the plan page claims none (ADR-021).
    /// </summary>
    public static async Task<ProgressHistory> ForPlanAsync(AppDbContext db, int planId, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var commitments = await LoadAsync(db, db.Commitments.Where(c => c.ActionPlanId == planId), null, asOf, cancellationToken);
        var milestones = commitments.SelectMany(c => c.Milestones).ToList();
        var commitmentOf = commitments.SelectMany(c => c.Milestones.Select(m => (Milestone: m.Id, Commitment: c))).ToDictionary(x => x.Milestone, x => x.Commitment);

        // A day changes a few milestones: only their commitments' roll-ups are computed again.
        var rollups = commitments.ToDictionary(c => c.Id, _ => CommitmentProgress.NoData);
        return Fold(milestones, (end, facts, changed) =>
        {
            foreach (var c in changed.Select(id => commitmentOf[id]).Distinct())
            {
                rollups[c.Id] = CommitmentProgress.Of(c.Milestones.Select(m => facts[m.Id]).OfType<MilestoneFacts>().ToList());
            }

            var plan = PlanProgress.Of(commitments
                .Where(c => c.CreatedAt is null || c.CreatedAt < end)
                .Select(c => (c.Weight, rollups[c.Id]))
                .ToList());
            return plan.ClaimsTotal ? (plan.Reported.Percent, plan.Verified.Percent, plan.Coverage) : (null, null, plan.Coverage);
        }, commitments.Where(c => c.CreatedAt is not null).Select(c => c.CreatedAt!.Value));
    }

    /// <summary>
    /// Walks the days on which something happened, oldest first, from the first report on: recomputes the facts
    /// of the milestones that changed that day (the others keep theirs) and asks <paramref name="figures"/> for
    /// the level's figures at the end of the day, telling it which milestones changed since it was last asked
    /// (all of them the first time).
    /// </summary>
    private static ProgressHistory Fold(
        IReadOnlyList<MilestoneHistory> milestones,
        Func<DateTime, IReadOnlyDictionary<int, MilestoneFacts?>, IReadOnlyCollection<int>, (decimal? Reported, decimal? Verified, RollupCoverage? Coverage)> figures,
        IEnumerable<DateTime>? otherChanges = null)
    {
        var reports = milestones.SelectMany(m => m.Updates).Select(u => u.ReportedAt).ToList();
        if (reports.Count == 0)
        {
            return new ProgressHistory([]);
        }

        var firstReport = Day(reports.Min());
        var reportsOn = reports.GroupBy(Day).ToDictionary(g => g.Key, g => g.Count());
        var verdictsOn = milestones.SelectMany(m => m.Updates).SelectMany(u => u.Verdicts).GroupBy(v => Day(v.RecordedAt)).ToDictionary(g => g.Key, g => g.Count());
        var touched = milestones
            .SelectMany(m => m.Updates.SelectMany(u => u.Verdicts.Select(v => v.RecordedAt).Append(u.ReportedAt))
                .Concat(m.CreatedAt is { } created ? [created] : [])
                .Select(at => (Day: Day(at), m.Id)))
            .Distinct()
            .ToLookup(x => x.Day, x => x.Id);
        var days = touched.Select(g => g.Key)
            .Concat(otherChanges?.Select(Day) ?? [])
            .Distinct()
            .Order()
            .ToList();

        // The state before the first day: what existed with nothing reported, then each day's changes on top.
        var byId = milestones.ToDictionary(m => m.Id);
        var facts = milestones.ToDictionary(m => m.Id, m => m.FactsBefore(DateTime.MinValue));
        var changed = facts.Keys.ToHashSet();
        var points = new List<ProgressHistoryPoint>();
        foreach (var day in days)
        {
            var end = VerificationQueries.EndOf(day);
            foreach (var id in touched[day])
            {
                facts[id] = byId[id].FactsBefore(end);
                changed.Add(id);
            }

            if (day < firstReport)
            {
                continue;
            }

            var (reported, verified, coverage) = figures(end, facts, changed);
            changed.Clear();
            points.Add(new ProgressHistoryPoint(day, reported, verified, reportsOn.GetValueOrDefault(day), verdictsOn.GetValueOrDefault(day)) { Coverage = coverage });
        }

        return new ProgressHistory(points);
    }

    private static DateOnly Day(DateTime utc) => DateOnly.FromDateTime(utc);

    /// <summary>The one query: the commitments asked for, their milestones (one, or all), reports and verdicts recorded by the end of the day.</summary>
    private static async Task<List<CommitmentHistory>> LoadAsync(
        AppDbContext db, IQueryable<Commitment> commitments, int? milestoneId, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var end = asOf is { } day ? VerificationQueries.EndOf(day) : DateTime.SpecifyKind(DateTime.MaxValue, DateTimeKind.Utc);
        return await commitments.AsNoTracking()
            .OrderBy(c => c.Id)
            .Select(c => new CommitmentHistory
            {
                Id = c.Id,
                Weight = c.Weight,
                CreatedAt = db.AuditEvents
                    .Where(e => e.EntityType == nameof(Commitment) && e.Action == AuditAction.Created && e.EntityId == c.Id.ToString())
                    .Max(e => (DateTime?)e.OccurredAt),
                Milestones = c.Milestones
                    .Where(m => milestoneId == null || m.Id == milestoneId)
                    .OrderBy(m => m.Order)
                    .Select(m => new MilestoneHistory
                    {
                        Id = m.Id,
                        Weight = m.Weight,
                        CreatedAt = db.AuditEvents
                            .Where(e => e.EntityType == nameof(Milestone) && e.Action == AuditAction.Created && e.EntityId == m.Id.ToString())
                            .Max(e => (DateTime?)e.OccurredAt),
                        Updates = m.ProgressUpdates
                            .Where(u => u.ReportedAt < end)
                            .Select(u => new UpdateHistory
                            {
                                Id = u.Id,
                                ReportedAt = u.ReportedAt,
                                Progress = u.Progress,
                                Status = u.Status,
                                Verdicts = u.Verifications
                                    .Where(v => v.RecordedAt < end)
                                    .Select(v => new VerdictFact(v.Id, v.RecordedAt, v.Verdict))
                                    .ToList(),
                            })
                            .ToList(),
                    })
                    .ToList(),
            })
            .AsSingleQuery()
            .ToListAsync(cancellationToken);
    }

    private sealed class CommitmentHistory
    {
        public int Id { get; init; }
        public decimal? Weight { get; init; }
        public DateTime? CreatedAt { get; init; }
        public List<MilestoneHistory> Milestones { get; init; } = [];
    }

    private sealed class MilestoneHistory
    {
        public int Id { get; init; }
        public decimal? Weight { get; init; }
        public DateTime? CreatedAt { get; init; }
        public List<UpdateHistory> Updates { get; init; } = [];

        /// <summary>
        /// The milestone's facts from what was recorded before <paramref name="end"/>, by the rules the SQL of
        /// <see cref="VerificationQueries.FromHistory"/> follows; null when it was created after (ADR-034).
        /// </summary>
        public MilestoneFacts? FactsBefore(DateTime end)
        {
            if (CreatedAt is { } created && created >= end)
            {
                return null;
            }

            var updates = Updates.Where(u => u.ReportedAt < end)
                .Select(u => (Update: u, Fact: new UpdateFact(u.Id, u.ReportedAt, u.Progress,
                    VerificationRules.LatestVerdict(u.Verdicts.Where(v => v.RecordedAt < end)))))
                .ToList();
            var newest = updates.OrderByDescending(u => u.Update.ReportedAt).ThenByDescending(u => u.Update.Id).Select(u => u.Update).FirstOrDefault();
            var updateFacts = updates.Select(u => u.Fact).ToList();
            return new MilestoneFacts(
                newest?.Progress ?? 0, Weight, newest?.Status ?? MilestoneStatus.NotStarted,
                VerificationRules.VerifiedProgress(updateFacts), VerificationRules.StateOf(updateFacts));
        }
    }

    private sealed class UpdateHistory
    {
        public int Id { get; init; }
        public DateTime ReportedAt { get; init; }
        public int Progress { get; init; }
        public MilestoneStatus Status { get; init; }
        public List<VerdictFact> Verdicts { get; init; } = [];
    }
}
