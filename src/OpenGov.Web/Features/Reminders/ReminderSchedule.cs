using System.Globalization;
using OpenGov.Core.Reminders;

namespace OpenGov.Web.Features.Reminders;

/// <summary>
/// Which reminder a milestone is owed on a given day. Before the due date: the nearest configured offset
/// the day has reached (14, then 3 days before), so a schedule that was not running on the exact day
/// catches up once rather than sending every offset it missed. After it: the "overdue" reminder on the
/// first day overdue, caught up for a week at most (older ones are the weekly digest's business).
/// </summary>
public static class ReminderSchedule
{
    public const int OverdueCatchUpDays = 7;

    public static (ReminderKind Kind, string Key)? ForMilestone(int milestoneId, DateOnly due, DateOnly today, IReadOnlyCollection<int> daysBefore)
    {
        var daysLeft = due.DayNumber - today.DayNumber;
        var dueKey = due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (daysLeft < 0)
        {
            return -daysLeft <= OverdueCatchUpDays ? (ReminderKind.Overdue, $"m{milestoneId}:{dueKey}:overdue") : null;
        }

        var reached = daysBefore.Where(d => d >= 0 && daysLeft <= d).Order().ToList();
        return reached.Count == 0 ? null : (ReminderKind.DueSoon, $"m{milestoneId}:{dueKey}:{reached[0]}");
    }

    /// <summary>The week key of a weekly digest when <paramref name="today"/> is the digest day; null on other days.</summary>
    public static string? WeekKey(DateOnly today, DayOfWeek weeklyDay) =>
        today.DayOfWeek == weeklyDay ? today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    /// <summary>The furthest offset, so the schedule only reads milestones that can be owed a reminder.</summary>
    public static int Horizon(IReadOnlyCollection<int> daysBefore) => daysBefore.Where(d => d >= 0).DefaultIfEmpty(0).Max();
}
