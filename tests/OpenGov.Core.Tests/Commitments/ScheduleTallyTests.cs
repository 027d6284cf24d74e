using OpenGov.Core.Commitments;

namespace OpenGov.Core.Tests.Commitments;

public class ScheduleTallyTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    private static ScheduleStanding Standing(
        DateOnly? end, int progress = 0, MilestoneStatus status = MilestoneStatus.InProgress, DateOnly? start = null,
        DateOnly? actualCompletion = null, bool datesAssumed = false) =>
        MilestoneSchedule.Standing(status, MilestoneSchedule.Evaluate(end, start, end, actualCompletion, progress, status, datesAssumed, Today));

    [Fact]
    public void NamesEachStandingByTheScheduleRules()
    {
        Assert.Equal(ScheduleStanding.OnTrack, Standing(Today.AddDays(90)));
        Assert.Equal(ScheduleStanding.AtRisk, Standing(Today.AddDays(10), progress: 10, start: Today.AddDays(-60)));
        Assert.Equal(ScheduleStanding.Overdue, Standing(Today.AddDays(-1), progress: 90));
        Assert.Equal(ScheduleStanding.Undated, Standing(Today.AddDays(-1), datesAssumed: true));
        Assert.Equal(ScheduleStanding.Completed, Standing(Today.AddDays(-30), 100, MilestoneStatus.Completed, actualCompletion: Today.AddDays(-2)));
        Assert.Equal(ScheduleStanding.CompletedDateUnknown, Standing(Today.AddDays(-30), 100, MilestoneStatus.Completed));
        Assert.Equal(ScheduleStanding.Cancelled, Standing(Today.AddDays(-30), status: MilestoneStatus.Cancelled));
    }

    [Fact]
    public void CountsAtRiskAmongOnTimeAndCompletedOnAnUnknownDayAmongDone()
    {
        var tally = ScheduleTally.Of([
            ScheduleStanding.OnTrack, ScheduleStanding.AtRisk, ScheduleStanding.Overdue, ScheduleStanding.Completed,
            ScheduleStanding.CompletedDateUnknown, ScheduleStanding.Undated, ScheduleStanding.Cancelled,
        ]);

        Assert.Equal(new ScheduleTally(OnTime: 2, AtRisk: 1, Late: 1, Done: 2, Undated: 1, Cancelled: 1), tally);
        Assert.Equal(7, tally.Total);
    }

    [Theory]
    [InlineData(ScheduleSummary.Late, ScheduleStanding.Completed, ScheduleStanding.OnTrack, ScheduleStanding.Overdue)]
    [InlineData(ScheduleSummary.OnTime, ScheduleStanding.Completed, ScheduleStanding.AtRisk, ScheduleStanding.Undated)]
    [InlineData(ScheduleSummary.Undated, ScheduleStanding.Completed, ScheduleStanding.Undated)]
    [InlineData(ScheduleSummary.Done, ScheduleStanding.Completed, ScheduleStanding.CompletedDateUnknown, ScheduleStanding.Cancelled)]
    public void SummarisesACommitment_LateFirstThenOnTimeThenUndatedThenDone(ScheduleSummary expected, params ScheduleStanding[] standings) =>
        Assert.Equal(expected, ScheduleTally.Of(standings).Summary);

    [Fact]
    public void SaysNothingWithoutMilestonesOrWithOnlyCancelledOnes()
    {
        Assert.Null(ScheduleTally.Of([]).Summary);
        Assert.Null(ScheduleTally.Of([ScheduleStanding.Cancelled]).Summary);
    }
}
