namespace OpenGov.Core.Commitments;

/// <summary>Schedule rules of a milestone: slippage against the baseline, overdue, at risk.</summary>
public static class MilestoneSchedule
{
    /// <summary>A milestone is at risk when it is behind the linear schedule with fewer than this many days left.</summary>
    public const int AtRiskWindowDays = 30;

    /// <summary>
    /// The schedule state of a milestone. Dates marked as assumed (filled in because the source gave none)
    /// never make a milestone late, at risk or on time: without a real end the state is "undated" (ADR-022).
    /// </summary>
    public static ScheduleState Evaluate(
        DateOnly? baselineEnd, DateOnly? currentStart, DateOnly? currentEnd, DateOnly? actualCompletion,
        int progress, MilestoneStatus status, bool datesAssumed, DateOnly today)
    {
        if (status == MilestoneStatus.Cancelled)
        {
            return new ScheduleState(null, false, false);
        }

        var baseline = datesAssumed ? null : baselineEnd;
        var due = datesAssumed ? null : currentEnd ?? baselineEnd;
        if (status == MilestoneStatus.Completed)
        {
            // Completed on an unknown day: measuring against the planned end would claim it was on time.
            return actualCompletion is { } actual
                ? new ScheduleState(baseline is { } b ? actual.DayNumber - b.DayNumber : null, false, false)
                : new ScheduleState(null, false, false, IsCompletionDateUnknown: true);
        }

        if (due is not { } end)
        {
            return new ScheduleState(null, false, false, IsUndated: true);
        }

        // Open: the planned end, or today once that has passed.
        var overdue = end < today;
        var projectedEnd = overdue ? today : end;
        int? slippage = baseline is { } planned ? projectedEnd.DayNumber - planned.DayNumber : null;
        var atRisk = !overdue
            && end.DayNumber - today.DayNumber < AtRiskWindowDays
            && progress < ExpectedProgress(currentStart, end, today);
        return new ScheduleState(slippage, overdue, atRisk);
    }

    /// <summary>The schedule state in one word, the most telling first: cancelled, done, undated, late, at risk, on track.</summary>
    public static ScheduleStanding Standing(MilestoneStatus status, ScheduleState schedule) =>
        status == MilestoneStatus.Cancelled ? ScheduleStanding.Cancelled
        : schedule.IsCompletionDateUnknown ? ScheduleStanding.CompletedDateUnknown
        : status == MilestoneStatus.Completed ? ScheduleStanding.Completed
        : schedule.IsUndated ? ScheduleStanding.Undated
        : schedule.IsOverdue ? ScheduleStanding.Overdue
        : schedule.IsAtRisk ? ScheduleStanding.AtRisk
        : ScheduleStanding.OnTrack;

    /// <summary>Progress a milestone should have today if it advanced linearly from start to end (100 without a start).</summary>
    public static decimal ExpectedProgress(DateOnly? start, DateOnly end, DateOnly today)
    {
        if (start is not { } s || today >= end)
        {
            return 100m;
        }

        // Checked before the period's length: a one-day milestone still ahead is not expected done yet.
        if (today <= s)
        {
            return 0m;
        }

        return 100m * (today.DayNumber - s.DayNumber) / (end.DayNumber - s.DayNumber);
    }
}
