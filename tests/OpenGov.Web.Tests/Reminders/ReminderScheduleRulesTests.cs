using OpenGov.Core.Reminders;
using OpenGov.Web.Features.Reminders;

namespace OpenGov.Web.Tests.Reminders;

/// <summary>Which reminder a milestone is owed on a given day (no database).</summary>
public class ReminderScheduleRulesTests
{
    private static readonly DateOnly Due = new(2031, 3, 12);
    private static readonly int[] Offsets = [14, 3];

    private static (ReminderKind Kind, string Key)? On(int daysFromDue) => ReminderSchedule.ForMilestone(7, Due, Due.AddDays(daysFromDue), Offsets);

    [Theory]
    [InlineData(-15, null)]
    [InlineData(-14, "m7:2031-03-12:14")]
    [InlineData(-13, "m7:2031-03-12:14")]
    [InlineData(-4, "m7:2031-03-12:14")]
    [InlineData(-3, "m7:2031-03-12:3")]
    [InlineData(0, "m7:2031-03-12:3")]
    [InlineData(1, "m7:2031-03-12:overdue")]
    [InlineData(7, "m7:2031-03-12:overdue")]
    [InlineData(8, null)]
    public void OwesTheNearestOffsetReachedThenTheOverdueReminderForAWeek(int daysFromDue, string? key) =>
        Assert.Equal(key, On(daysFromDue)?.Key);

    [Fact]
    public void NamesTheKindAndTheDueDateSoAReplannedMilestoneIsRemindedAgain()
    {
        Assert.Equal(ReminderKind.DueSoon, On(-3)!.Value.Kind);
        Assert.Equal(ReminderKind.Overdue, On(1)!.Value.Kind);
        Assert.NotEqual(On(-3)!.Value.Key, ReminderSchedule.ForMilestone(7, Due.AddDays(30), Due.AddDays(27), Offsets)!.Value.Key);
    }

    [Fact]
    public void WeeklyDigestsOnTheirDayOnly()
    {
        var monday = new DateOnly(2031, 3, 10);
        Assert.Equal("2031-03-10", ReminderSchedule.WeekKey(monday, DayOfWeek.Monday));
        Assert.Null(ReminderSchedule.WeekKey(monday.AddDays(1), DayOfWeek.Monday));
    }
}
