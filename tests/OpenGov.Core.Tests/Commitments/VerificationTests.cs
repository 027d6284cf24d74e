using OpenGov.Core.Commitments;
using OpenGov.Core.Common;

namespace OpenGov.Core.Tests.Commitments;

public class VerificationTests
{
    private static ProgressUpdate Update()
    {
        var commitment = new Commitment { Code = "PZ-01", Title = "Portal de datos abiertos" };
        var milestone = commitment.AddMilestone("Publicar el catálogo", 1, new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 30));
        return milestone.RecordProgress(60, MilestoneStatus.InProgress, "Catálogo en borrador.", new DateTime(2025, 3, 1, 12, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void AcceptsVerifiedWithoutComment()
    {
        var verification = Update().Verify("member-1", VerificationVerdict.Verified, null, DateTime.UtcNow);

        Assert.Equal(VerificationVerdict.Verified, verification.Verdict);
        Assert.Null(verification.Comment);
    }

    [Theory]
    [InlineData(VerificationVerdict.Disputed)]
    [InlineData(VerificationVerdict.NeedsEvidence)]
    public void RequiresACommentUnlessVerified(VerificationVerdict verdict)
    {
        var update = Update();

        Assert.Throws<DomainException>(() => update.Verify("member-1", verdict, "  ", DateTime.UtcNow));
        Assert.Empty(update.Verifications);
    }

    [Fact]
    public void KeepsEarlierVerdictsWhenAMemberChangesTheirMind()
    {
        var update = Update();

        update.Verify("member-1", VerificationVerdict.NeedsEvidence, "Falta el acta.", new DateTime(2025, 3, 2, 0, 0, 0, DateTimeKind.Utc));
        update.Verify("member-1", VerificationVerdict.Verified, null, new DateTime(2025, 3, 5, 0, 0, 0, DateTimeKind.Utc));

        Assert.Equal([VerificationVerdict.NeedsEvidence, VerificationVerdict.Verified], update.Verifications.Select(v => v.Verdict));
    }
}
