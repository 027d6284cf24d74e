using Microsoft.EntityFrameworkCore;

namespace OpenGov.Web.Data.Facts;

/// <summary>
/// What the audit trail says a milestone's dated fields were before a moment (ADR-034): for each field,
/// the "before" value of the earliest audit event at or after that moment that changed it
/// (<c>Has…</c> false: no later change, today's value stands), and whether the milestone was only
/// created after it (it did not exist then). Only milestones with audit events after the moment have a row.
/// </summary>
public sealed class MilestoneReplay
{
    public int MilestoneId { get; init; }
    public bool CreatedAfter { get; init; }
    public bool HasBaselineStart { get; init; }
    public DateOnly? BaselineStart { get; init; }
    public bool HasBaselineEnd { get; init; }
    public DateOnly? BaselineEnd { get; init; }
    public bool HasCurrentStart { get; init; }
    public DateOnly? CurrentStart { get; init; }
    public bool HasCurrentEnd { get; init; }
    public DateOnly? CurrentEnd { get; init; }
    public bool HasActualCompletion { get; init; }
    public DateOnly? ActualCompletion { get; init; }
    public bool HasDatesAssumed { get; init; }
    public bool? DatesAssumed { get; init; }
    public bool HasReplanReason { get; init; }
    public string? ReplanReason { get; init; }

    /// <summary>
    /// One composable query over the audit events of milestones at or after <paramref name="moment"/>:
    /// the events are grouped per milestone and, per property of their jsonb <c>changes</c>
    /// (<c>{"CurrentEnd": {"before": "2025-05-14", "after": "2025-06-30"}}</c>, written by the audit trail
    /// with the entity's property names), the earliest change is kept. Joined to the milestones in SQL.
    /// </summary>
    public static IQueryable<MilestoneReplay> After(AppDbContext db, DateTime moment) => db.Database.SqlQuery<MilestoneReplay>($"""
        SELECT f.entity_id::integer AS milestone_id,
               f.created_after,
               f.baseline_start IS NOT NULL AS has_baseline_start, (f.baseline_start ->> 'before')::date AS baseline_start,
               f.baseline_end IS NOT NULL AS has_baseline_end, (f.baseline_end ->> 'before')::date AS baseline_end,
               f.current_start IS NOT NULL AS has_current_start, (f.current_start ->> 'before')::date AS current_start,
               f.current_end IS NOT NULL AS has_current_end, (f.current_end ->> 'before')::date AS current_end,
               f.actual_completion IS NOT NULL AS has_actual_completion, (f.actual_completion ->> 'before')::date AS actual_completion,
               f.dates_assumed IS NOT NULL AS has_dates_assumed, (f.dates_assumed ->> 'before')::boolean AS dates_assumed,
               f.replan_reason IS NOT NULL AS has_replan_reason, f.replan_reason ->> 'before' AS replan_reason
        FROM (
            SELECT e.entity_id,
                   bool_or(e.action = 'Created') AS created_after,
                   (array_agg(e.changes -> 'BaselineStart' ORDER BY e.occurred_at, e.id) FILTER (WHERE e.changes -> 'BaselineStart' IS NOT NULL))[1] AS baseline_start,
                   (array_agg(e.changes -> 'BaselineEnd' ORDER BY e.occurred_at, e.id) FILTER (WHERE e.changes -> 'BaselineEnd' IS NOT NULL))[1] AS baseline_end,
                   (array_agg(e.changes -> 'CurrentStart' ORDER BY e.occurred_at, e.id) FILTER (WHERE e.changes -> 'CurrentStart' IS NOT NULL))[1] AS current_start,
                   (array_agg(e.changes -> 'CurrentEnd' ORDER BY e.occurred_at, e.id) FILTER (WHERE e.changes -> 'CurrentEnd' IS NOT NULL))[1] AS current_end,
                   (array_agg(e.changes -> 'ActualCompletion' ORDER BY e.occurred_at, e.id) FILTER (WHERE e.changes -> 'ActualCompletion' IS NOT NULL))[1] AS actual_completion,
                   (array_agg(e.changes -> 'DatesAssumed' ORDER BY e.occurred_at, e.id) FILTER (WHERE e.changes -> 'DatesAssumed' IS NOT NULL))[1] AS dates_assumed,
                   (array_agg(e.changes -> 'ReplanReason' ORDER BY e.occurred_at, e.id) FILTER (WHERE e.changes -> 'ReplanReason' IS NOT NULL))[1] AS replan_reason
            FROM audit_events e
            WHERE e.entity_type = 'Milestone' AND e.occurred_at >= {moment}
            GROUP BY e.entity_id
        ) f
        """);
}
