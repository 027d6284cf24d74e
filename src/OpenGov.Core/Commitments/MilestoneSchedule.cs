namespace OpenGov.Core.Commitments;

/// <summary>Schedule rules of a milestone: slippage against the baseline, overdue, at risk.</summary>
public static class MilestoneSchedule
{
    /// <summary>A milestone is at risk when it is behind the linear schedule with fewer than this many days left.</summary>
    public const int AtRiskWindowDays = 30;

    public static ScheduleState Evaluate(
        DateOnly? baselineEnd, DateOnly? currentStart, DateOnly? currentEnd, DateOnly? actualCompletion,
        int progress, MilestoneStatus status, DateOnly today)
    {
        if (status == MilestoneStatus.Cancelled)
        {
            return new ScheduleState(null, false, false);
        }

        var done = status == MilestoneStatus.Completed;
        var due = currentEnd ?? baselineEnd;
        var overdue = !done && due < today;

        // Completed: when it actually ended. Open: the planned end, or today once that has passed.
        DateOnly? projectedEnd = done ? actualCompletion ?? due : overdue ? today : due;
        int? slippage = baselineEnd is { } b && projectedEnd is { } p ? p.DayNumber - b.DayNumber : null;

        var atRisk = !done && !overdue && due is { } end
            && end.DayNumber - today.DayNumber < AtRiskWindowDays
            && progress < ExpectedProgress(currentStart, end, today);
        return new ScheduleState(slippage, overdue, atRisk);
    }

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
