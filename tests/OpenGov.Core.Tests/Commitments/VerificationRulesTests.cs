using OpenGov.Core.Commitments;

namespace OpenGov.Core.Tests.Commitments;

public class VerificationRulesTests
{
    private static readonly DateTime T0 = new(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    private static UpdateFact Update(int id, int daysAfter, int progress, VerificationVerdict? verdict) =>
        new(id, T0.AddDays(daysAfter), progress, verdict);

    [Fact]
    public void TakesTheVerdictRecordedLastWhoeverRecordedIt()
    {
        var verdict = VerificationRules.LatestVerdict([
            new VerdictFact(1, T0, VerificationVerdict.Verified),
            new VerdictFact(2, T0.AddHours(2), VerificationVerdict.Disputed),
            new VerdictFact(3, T0.AddHours(1), VerificationVerdict.NeedsEvidence),
        ]);

        Assert.Equal(VerificationVerdict.Disputed, verdict);
    }

    [Fact]
    public void BreaksATieOnRecordingTimeByTheHighestId()
    {
        var verdict = VerificationRules.LatestVerdict([
            new VerdictFact(7, T0, VerificationVerdict.Verified),
            new VerdictFact(5, T0, VerificationVerdict.Disputed),
        ]);

        Assert.Equal(VerificationVerdict.Verified, verdict);
    }

    [Fact]
    public void HasNoLatestVerdictWithoutVerdicts()
    {
        Assert.Null(VerificationRules.LatestVerdict([]));
    }

    [Fact]
    public void VerifiedProgressIsTheNewestUpdateWhoseLatestVerdictIsVerified()
    {
        var progress = VerificationRules.VerifiedProgress([
            Update(1, 0, 20, VerificationVerdict.Verified),
            Update(2, 10, 50, VerificationVerdict.Verified),
            Update(3, 20, 60, VerificationVerdict.Disputed),
            Update(4, 30, 70, null),
        ]);

        // A later pending or disputed report does not erase what the committee confirmed.
        Assert.Equal(50, progress);
    }

    [Fact]
    public void VerifiedProgressIsNullNeverZeroWhenNothingWasVerified()
    {
        Assert.Null(VerificationRules.VerifiedProgress([Update(1, 0, 40, VerificationVerdict.NeedsEvidence), Update(2, 5, 0, null)]));
        Assert.Null(VerificationRules.VerifiedProgress([]));
    }

    [Fact]
    public void StateIsTheLatestVerdictOfTheNewestUpdate()
    {
        Assert.Equal(VerificationState.Disputed, VerificationRules.StateOf([
            Update(1, 0, 20, VerificationVerdict.Verified), Update(2, 10, 50, VerificationVerdict.Disputed)]));
        Assert.Equal(VerificationState.Verified, VerificationRules.StateOf([
            Update(1, 0, 20, VerificationVerdict.Disputed), Update(2, 10, 50, VerificationVerdict.Verified)]));
        Assert.Equal(VerificationState.NeedsEvidence, VerificationRules.StateOf(true, VerificationVerdict.NeedsEvidence));
    }

    [Fact]
    public void StateIsPendingWhenTheNewestUpdateHasNoVerdictAndNoneWithoutUpdates()
    {
        Assert.Equal(VerificationState.Pending, VerificationRules.StateOf([
            Update(1, 0, 20, VerificationVerdict.Verified), Update(2, 10, 50, null)]));
        Assert.Null(VerificationRules.StateOf([]));
        Assert.Null(VerificationRules.StateOf(false, null));
    }

    [Fact]
    public void ACommitmentShowsTheMostUrgentStateOfItsMilestones()
    {
        Assert.Equal(VerificationState.Disputed, VerificationRules.MostUrgent(
            [VerificationState.Verified, VerificationState.Disputed, VerificationState.Pending, null]));
        Assert.Equal(VerificationState.NeedsEvidence, VerificationRules.MostUrgent(
            [VerificationState.Pending, VerificationState.NeedsEvidence]));
        Assert.Equal(VerificationState.Pending, VerificationRules.MostUrgent([VerificationState.Verified, VerificationState.Pending]));
        Assert.Null(VerificationRules.MostUrgent([null, null]));
    }
}
