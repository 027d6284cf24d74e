using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using OpenGov.Core.ActionPlans;
using OpenGov.Core.Commitments;

namespace OpenGov.Web.Data.Facts;

/// <summary>
/// Keeps the stored figures (ADR-029) in step with the facts they rest on. <see cref="Capture"/> notes,
/// before a save, which progress updates, verdicts, milestones and commitments it writes;
/// <see cref="ApplyAsync"/>, after the save and in its transaction, recomputes the figures of the
/// milestones whose history changed and the roll-ups of the plans they belong to. Every write through
/// <see cref="AppDbContext"/> passes here, whichever feature makes it.
/// </summary>
public sealed class FiguresRefresh
{
    private readonly List<ProgressUpdate> _updates = [];
    private readonly List<Verification> _verdicts = [];
    private readonly List<Milestone> _milestones = [];
    private readonly List<Commitment> _commitments = [];
    private readonly List<ActionPlan> _plans = [];

    public bool IsEmpty => _updates.Count == 0 && _verdicts.Count == 0 && _milestones.Count == 0 && _commitments.Count == 0 && _plans.Count == 0;

    public static FiguresRefresh Capture(ChangeTracker tracker)
    {
        var refresh = new FiguresRefresh();
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            switch (entry.Entity)
            {
                case ProgressUpdate update:
                    refresh._updates.Add(update);
                    break;
                case Verification verdict:
                    refresh._verdicts.Add(verdict);
                    break;
                case Milestone milestone:
                    refresh._milestones.Add(milestone);
                    break;
                case Commitment commitment:
                    refresh._commitments.Add(commitment);
                    break;
                case ActionPlan plan when entry.State == EntityState.Added:
                    refresh._plans.Add(plan);
                    break;
            }
        }

        return refresh;
    }

    /// <summary>Runs after the save (ids are known), inside its transaction.</summary>
    public async Task ApplyAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var historyOf = _updates.Select(u => u.MilestoneId).Distinct().ToArray();
        var verdictsOn = _verdicts.Select(v => v.ProgressUpdateId).Distinct().ToArray();

        // Locking the milestones (in id order) makes two saves on the same milestone refresh one after the
        // other, the second one reading the first one's rows; the lock is not a write, so it moves no version.
        var milestoneIds = historyOf.Length == 0 && verdictsOn.Length == 0 ? [] : (await db.Database.SqlQuery<int>($"""
            SELECT id AS "Value" FROM milestones
            WHERE id = ANY({historyOf}) OR id IN (SELECT milestone_id FROM progress_updates WHERE id = ANY({verdictsOn}))
            ORDER BY id FOR NO KEY UPDATE
            """).ToListAsync(cancellationToken)).ToArray();
        if (milestoneIds.Length > 0)
        {
            await RefreshMilestonesAsync(db, milestoneIds, cancellationToken);
        }

        var commitmentIds = _milestones.Select(m => m.CommitmentId).Concat(_commitments.Select(c => c.Id)).Distinct().ToArray();
        var directPlanIds = _commitments.Select(c => c.ActionPlanId).Concat(_plans.Select(p => p.Id)).Distinct().ToArray();
        var planIds = (await db.Database.SqlQuery<int>($"""
            SELECT id AS "Value" FROM action_plans
            WHERE id = ANY({directPlanIds})
               OR id IN (SELECT action_plan_id FROM commitments
                         WHERE id = ANY({commitmentIds}) OR id IN (SELECT commitment_id FROM milestones WHERE id = ANY({milestoneIds})))
            ORDER BY id FOR NO KEY UPDATE
            """).ToListAsync(cancellationToken)).ToArray();
        if (planIds.Length > 0)
        {
            await RefreshPlansAsync(db, planIds, cancellationToken);
        }
    }

    /// <summary>Whether some plan has no stored figures yet (a database from before ADR-029, or rows loaded around the app).</summary>
    public static Task<bool> AnyMissingAsync(AppDbContext db, CancellationToken cancellationToken) =>
        db.ActionPlans.AnyAsync(p => !db.PlanFigures.Any(f => f.ActionPlanId == p.Id), cancellationToken);

    /// <summary>Recomputes every stored figure from the history (after a bulk load or an upgrade), a thousand plans at a time.</summary>
    public static async Task RebuildAllAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        await db.MilestoneFigures.ExecuteDeleteAsync(cancellationToken);
        await db.PlanFigures.ExecuteDeleteAsync(cancellationToken);
        var plans = await db.ActionPlans.OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(cancellationToken);
        foreach (var chunk in plans.Chunk(1000))
        {
            var milestones = await db.Milestones.Where(m => chunk.Contains(m.Commitment!.ActionPlanId)).Select(m => m.Id).ToArrayAsync(cancellationToken);
            foreach (var part in milestones.Chunk(5000))
            {
                await RefreshMilestonesAsync(db, part, cancellationToken);
            }

            await RefreshPlansAsync(db, chunk, cancellationToken);
        }
    }

    private static async Task RefreshMilestonesAsync(AppDbContext db, int[] milestoneIds, CancellationToken cancellationToken)
    {
        var rows = await db.Milestones.AsNoTracking()
            .Where(m => milestoneIds.Contains(m.Id))
            .FromHistory(db, before: null)
            .Where(x => x.HasUpdates)
            .Select(x => new { x.Milestone.Id, x.LatestReportedAt, x.LatestVerdict, x.VerifiedProgress })
            .ToListAsync(cancellationToken);
        await db.MilestoneFigures.Where(f => milestoneIds.Contains(f.MilestoneId)).ExecuteDeleteAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToArray();
        var reportedAt = rows.Select(r => r.LatestReportedAt!.Value).ToArray();
        var verdicts = rows.Select(r => r.LatestVerdict?.ToString()).ToArray();
        var verified = rows.Select(r => r.VerifiedProgress).ToArray();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO milestone_figures (milestone_id, latest_reported_at, latest_verdict, verified_progress)
            SELECT * FROM unnest({ids}, {reportedAt}, {verdicts}, {verified})
            """, cancellationToken);
    }

    private static async Task RefreshPlansAsync(AppDbContext db, int[] planIds, CancellationToken cancellationToken)
    {
        var facts = (await PlanFacts.LoadAsync(db, planIds, asOf: null, cancellationToken)).Values.ToList();
        await db.PlanFigures.Where(f => planIds.Contains(f.ActionPlanId)).ExecuteDeleteAsync(cancellationToken);
        var ids = facts.Select(f => f.PlanId).ToArray();
        var reported = facts.Select(f => f.Progress.Reported.Percent).ToArray();
        var verified = facts.Select(f => f.Progress.Verified.Percent).ToArray();
        var withData = facts.Select(f => f.Progress.Coverage.WithData).ToArray();
        var total = facts.Select(f => f.Progress.Coverage.Total).ToArray();
        var illustrative = facts.Select(f => f.IsIllustrative).ToArray();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO plan_figures (action_plan_id, reported_percent, verified_percent, commitments_with_data, commitments, is_illustrative)
            SELECT * FROM unnest({ids}, {reported}, {verified}, {withData}, {total}, {illustrative})
            """, cancellationToken);
    }
}
