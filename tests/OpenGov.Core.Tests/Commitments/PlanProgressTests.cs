using OpenGov.Core.Commitments;

namespace OpenGov.Core.Tests.Commitments;

public class PlanProgressTests
{
    private static MilestoneFacts Milestone(int progress, int? verified = null, MilestoneStatus status = MilestoneStatus.InProgress, decimal? weight = null) =>
        new(progress, weight, status, verified, verified is null ? VerificationState.Pending : VerificationState.Verified);

    private static (decimal? Weight, CommitmentProgress Progress) Commitment(params MilestoneFacts[] milestones) =>
        (null, CommitmentProgress.Of(milestones));

    [Fact]
    public void CountsAnUnverifiedMilestoneAsZeroInTheVerifiedRollup()
    {
        var progress = CommitmentProgress.Of([Milestone(100, verified: 100), Milestone(60)]);

        Assert.Equal(80m, progress.Reported.Percent);
        Assert.Equal(50m, progress.Verified.Percent);
        Assert.Equal(VerificationState.Pending, progress.Verification);
    }

    [Fact]
    public void LeavesCancelledMilestonesOutOfBothRollups()
    {
        var progress = CommitmentProgress.Of([Milestone(100, verified: 100), Milestone(0, status: MilestoneStatus.Cancelled)]);

        Assert.Equal(100m, progress.Reported.Percent);
        Assert.Equal(100m, progress.Verified.Percent);
    }

    [Fact]
    public void SaysNotVerifiedRatherThanZeroWhenNothingWasVerified()
    {
        var progress = CommitmentProgress.Of([Milestone(40), Milestone(60)]);

        Assert.False(progress.Verified.HasData);
    }

    [Fact]
    public void ClaimsATotalWithFullCoverage()
    {
        var plan = PlanProgress.Of([Commitment(Milestone(100)), Commitment(Milestone(90))]);

        Assert.Equal(new RollupCoverage(2, 2), plan.Coverage);
        Assert.True(plan.Coverage.IsComplete);
        Assert.True(plan.ClaimsTotal);
        Assert.Equal(95m, plan.Reported.Percent);
    }

    [Fact]
    public void ClaimsNoTotalWhenFewerThanHalfOfTheCommitmentsHaveData()
    {
        // Ecuador: one commitment of ten has figures; "100 %" overall would misrepresent the plan.
        var commitments = new List<(decimal?, CommitmentProgress)> { Commitment(Milestone(100, verified: 100)) };
        commitments.AddRange(Enumerable.Range(0, 9).Select(_ => Commitment()));

        var plan = PlanProgress.Of(commitments);

        Assert.Equal(new RollupCoverage(1, 10), plan.Coverage);
        Assert.False(plan.ClaimsTotal);
        Assert.Equal(100m, plan.Reported.Percent);
    }

    [Fact]
    public void ClaimsATotalFromHalfOfTheCommitmentsWithItsCoverage()
    {
        var plan = PlanProgress.Of([Commitment(Milestone(80)), Commitment()]);

        Assert.True(plan.ClaimsTotal);
        Assert.False(plan.Coverage.IsComplete);
        Assert.Equal(80m, plan.Reported.Percent);
    }

    [Fact]
    public void ClaimsNoTotalWithoutData()
    {
        var plan = PlanProgress.Of([Commitment(), Commitment()]);

        Assert.False(plan.ClaimsTotal);
        Assert.False(plan.Reported.HasData);
        Assert.Equal(0, plan.Coverage.WithData);
    }

    [Fact]
    public void CountsACommitmentWithReportedDataButNothingVerifiedAsZeroInTheVerifiedPlanRollup()
    {
        var plan = PlanProgress.Of([Commitment(Milestone(100, verified: 100)), Commitment(Milestone(50))]);

        Assert.Equal(75m, plan.Reported.Percent);
        Assert.Equal(50m, plan.Verified.Percent);
    }

    [Fact]
    public void SaysNotVerifiedForAPlanWhereNothingWasVerified()
    {
        var plan = PlanProgress.Of([Commitment(Milestone(100)), Commitment(Milestone(50))]);

        Assert.False(plan.Verified.HasData);
    }
}
