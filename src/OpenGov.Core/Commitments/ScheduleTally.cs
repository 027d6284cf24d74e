namespace OpenGov.Core.Commitments;

/// <summary>
/// How many milestones are on time (<see cref="AtRisk"/> of them close to slipping), late, done, without a
/// real end date, or cancelled: the counts the home page and the plan page show, and, for one
/// commitment, the word its card says (ADR-037). Built from <see cref="MilestoneSchedule.Standing"/>.
/// </summary>
public sealed record ScheduleTally(int OnTime, int AtRisk, int Late, int Done, int Undated, int Cancelled)
{
    public static readonly ScheduleTally Empty = new(0, 0, 0, 0, 0, 0);

    public int Total => OnTime + Late + Done + Undated + Cancelled;

    public static ScheduleTally Of(IEnumerable<ScheduleStanding> standings)
    {
        int onTime = 0, atRisk = 0, late = 0, done = 0, undated = 0, cancelled = 0;
        foreach (var standing in standings)
        {
            switch (standing)
            {
                case ScheduleStanding.OnTrack: onTime++; break;
                case ScheduleStanding.AtRisk: onTime++; atRisk++; break;
                case ScheduleStanding.Overdue: late++; break;
                case ScheduleStanding.Undated: undated++; break;
                case ScheduleStanding.Completed or ScheduleStanding.CompletedDateUnknown: done++; break;
                default: cancelled++; break;
            }
        }

        return new ScheduleTally(onTime, atRisk, late, done, undated, cancelled);
    }

    /// <summary>
    /// The commitment's word: late as soon as one milestone is late; on time while any open milestone is within
    /// its dates; undated when the only open ones have no real end; done when all the rest is done; null
    /// when there is nothing to judge (no milestones, or all cancelled).
    /// </summary>
    public ScheduleSummary? Summary =>
        Late > 0 ? ScheduleSummary.Late
        : OnTime > 0 ? ScheduleSummary.OnTime
        : Undated > 0 ? ScheduleSummary.Undated
        : Done > 0 ? ScheduleSummary.Done
        : null;
}
