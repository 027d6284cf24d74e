using OpenGov.Core.Commitments;

namespace OpenGov.Core.Tests.Commitments;

public class MilestoneScheduleTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    private static ScheduleState Evaluate(
        DateOnly? baselineEnd, DateOnly? currentEnd, int progress = 0, MilestoneStatus status = MilestoneStatus.InProgress,
        DateOnly? currentStart = null, DateOnly? actualCompletion = null, bool datesAssumed = false) =>
        MilestoneSchedule.Evaluate(baselineEnd, currentStart, currentEnd, actualCompletion, progress, status, datesAssumed, Today);

    [Fact]
    public void HasNoSlippageWhenOnTheBaseline()
    {
        var state = Evaluate(Today.AddDays(60), Today.AddDays(60));

        Assert.Equal(0, state.SlippageDays);
        Assert.False(state.IsDelayed);
    }

    [Fact]
    public void CountsSlippageInSignedDaysAgainstTheBaseline()
    {
        var state = Evaluate(baselineEnd: Today.AddDays(40), currentEnd: Today.AddDays(50));

        Assert.Equal(10, state.SlippageDays);
        Assert.True(state.IsDelayed);
        Assert.False(state.IsOverdue);
    }

    [Fact]
    public void CountsAnEarlierReplannedEndAsNegativeSlippage()
    {
        var state = Evaluate(baselineEnd: Today.AddDays(50), currentEnd: Today.AddDays(40));

        Assert.Equal(-10, state.SlippageDays);
    }

    [Fact]
    public void CountsCompletedEarlyAsNegativeSlippage()
    {
        var state = Evaluate(Today.AddDays(-10), Today.AddDays(-10), 100, MilestoneStatus.Completed, actualCompletion: Today.AddDays(-25));

        Assert.Equal(-15, state.SlippageDays);
        Assert.False(state.IsOverdue);
    }

    [Fact]
    public void CountsCompletedLateAsPositiveSlippage()
    {
        var state = Evaluate(Today.AddDays(-40), Today.AddDays(-40), 100, MilestoneStatus.Completed, actualCompletion: Today.AddDays(-10));

        Assert.Equal(30, state.SlippageDays);
        Assert.False(state.IsOverdue);
    }

    [Fact]
    public void ClaimsNoSlippageForACompletedMilestoneWithoutCompletionDate()
    {
        // Measuring against the planned end would print "Desviación 0", an on-time claim nobody made.
        var state = Evaluate(Today.AddDays(-40), Today.AddDays(-30), 100, MilestoneStatus.Completed);

        Assert.Null(state.SlippageDays);
        Assert.True(state.IsCompletionDateUnknown);
        Assert.False(state.IsOverdue);
    }

    [Fact]
    public void NeverMarksAMilestoneWithAssumedDatesOverdueOrAtRisk()
    {
        var state = Evaluate(Today.AddDays(-1430), Today.AddDays(-1430), 95, datesAssumed: true);

        Assert.False(state.IsOverdue);
        Assert.False(state.IsAtRisk);
        Assert.False(state.IsDelayed);
        Assert.Null(state.SlippageDays);
        Assert.True(state.IsUndated);
    }

    [Fact]
    public void GivesAnAssumedDateNoSlippageEvenWhenCompletionIsKnown()
    {
        var state = Evaluate(Today.AddDays(-40), Today.AddDays(-40), 100, MilestoneStatus.Completed, actualCompletion: Today.AddDays(-10), datesAssumed: true);

        Assert.Null(state.SlippageDays);
        Assert.False(state.IsCompletionDateUnknown);
    }

    [Fact]
    public void CallsAnOpenMilestoneWithoutEndDateUndated()
    {
        Assert.True(Evaluate(null, null).IsUndated);
        Assert.False(Evaluate(Today.AddDays(10), Today.AddDays(10)).IsUndated);
    }

    [Fact]
    public void MarksAnOpenMilestonePastItsEndAsOverdueWithSlippageUpToToday()
    {
        var state = Evaluate(Today.AddDays(-20), Today.AddDays(-20), 60);

        Assert.True(state.IsOverdue);
        Assert.Equal(20, state.SlippageDays);
        Assert.False(state.IsAtRisk);
    }

    [Fact]
    public void JudgesOverdueByTheCurrentEndNotTheBaseline()
    {
        var state = Evaluate(baselineEnd: Today.AddDays(-30), currentEnd: Today.AddDays(60), 40);

        Assert.False(state.IsOverdue);
        Assert.Equal(90, state.SlippageDays);
    }

    [Fact]
    public void DoesNotMarkAMilestoneDueTodayAsOverdue()
    {
        Assert.False(Evaluate(Today, Today, 10).IsOverdue);
    }

    [Fact]
    public void GivesACancelledMilestoneNoSlippageAndNoAlerts()
    {
        var state = Evaluate(Today.AddDays(-100), Today.AddDays(-50), 10, MilestoneStatus.Cancelled);

        Assert.Equal(new ScheduleState(null, false, false), state);
    }

    [Fact]
    public void HasNoSlippageWithoutABaselineEnd()
    {
        Assert.Null(Evaluate(null, Today.AddDays(10)).SlippageDays);
    }

    [Fact]
    public void IsNeitherOverdueNorAtRiskWithoutDates()
    {
        var state = Evaluate(null, null);

        Assert.False(state.IsOverdue);
        Assert.False(state.IsAtRisk);
    }

    [Fact]
    public void MarksAtRiskWhenBehindTheLinearScheduleWithFewerThan30DaysLeft()
    {
        // 30 of 50 days elapsed: 60 % expected, 40 % reported, 20 days left.
        var state = Evaluate(Today.AddDays(20), Today.AddDays(20), 40, currentStart: Today.AddDays(-30));

        Assert.True(state.IsAtRisk);
        Assert.False(state.IsOverdue);
    }

    [Fact]
    public void IsNotAtRiskWhenOnTheLinearSchedule()
    {
        Assert.False(Evaluate(Today.AddDays(20), Today.AddDays(20), 60, currentStart: Today.AddDays(-30)).IsAtRisk);
    }

    [Fact]
    public void IsNotAtRiskWith30DaysOrMoreLeft()
    {
        Assert.False(Evaluate(Today.AddDays(30), Today.AddDays(30), 0, currentStart: Today.AddDays(-100)).IsAtRisk);
        Assert.True(Evaluate(Today.AddDays(29), Today.AddDays(29), 0, currentStart: Today.AddDays(-100)).IsAtRisk);
    }

    [Fact]
    public void ExpectsFullProgressWhenTheMilestoneHasNoStart()
    {
        Assert.True(Evaluate(Today.AddDays(10), Today.AddDays(10), 99).IsAtRisk);
        Assert.False(Evaluate(Today.AddDays(10), Today.AddDays(10), 100).IsAtRisk);
    }

    [Fact]
    public void IsNotAtRiskOnceCompleted()
    {
        Assert.False(Evaluate(Today.AddDays(5), Today.AddDays(5), 100, MilestoneStatus.Completed, currentStart: Today.AddDays(-30)).IsAtRisk);
    }

    [Fact]
    public void ExpectsProgressToGrowLinearlyFromStartToEnd()
    {
        var start = Today.AddDays(-25);
        var end = Today.AddDays(75);

        Assert.Equal(0m, MilestoneSchedule.ExpectedProgress(start, end, start));
        Assert.Equal(0m, MilestoneSchedule.ExpectedProgress(start, end, start.AddDays(-5)));
        Assert.Equal(25m, MilestoneSchedule.ExpectedProgress(start, end, Today));
        Assert.Equal(100m, MilestoneSchedule.ExpectedProgress(start, end, end));
        Assert.Equal(100m, MilestoneSchedule.ExpectedProgress(start, end, end.AddDays(30)));
    }

    [Fact]
    public void ExpectsFullProgressWithoutAStart()
    {
        Assert.Equal(100m, MilestoneSchedule.ExpectedProgress(null, Today.AddDays(10), Today));
    }

    [Fact]
    public void ExpectsNothingOfAOneDayMilestoneBeforeItsDayAndEverythingOnIt()
    {
        Assert.Equal(0m, MilestoneSchedule.ExpectedProgress(Today.AddDays(10), Today.AddDays(10), Today));
        Assert.Equal(100m, MilestoneSchedule.ExpectedProgress(Today, Today, Today));
        Assert.False(Evaluate(Today.AddDays(10), Today.AddDays(10), 0, MilestoneStatus.NotStarted, currentStart: Today.AddDays(10)).IsAtRisk);
    }
}
