using OpenGov.Core.Commitments;
using OpenGov.Core.Common;
using OpenGov.Core.Jurisdictions;

namespace OpenGov.Core.Tests.Commitments;

public class CommitmentTests
{
    private static Commitment NewCommitment() => new() { Code = "PZ-01", Title = "Mapa vial abierto" };

    [Fact]
    public void NumbersMilestonesInTheOrderAdded()
    {
        var commitment = NewCommitment();

        commitment.AddMilestone("Primero", 1, null, null);
        commitment.AddMilestone("  Segundo  ", 1, null, null);

        Assert.Equal([1, 2], commitment.Milestones.Select(m => m.Order));
        Assert.Equal("Segundo", commitment.Milestones.Last().Title);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void RequiresAMilestoneTitle(string title)
    {
        Assert.Throws<DomainException>(() => NewCommitment().AddMilestone(title, 1, null, null));
    }

    [Fact]
    public void RejectsAMilestoneEndingBeforeItStarts()
    {
        Assert.Throws<DomainException>(() => NewCommitment().AddMilestone("Hito", 1, new DateOnly(2026, 5, 1), new DateOnly(2026, 4, 1)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void RejectsANonPositiveMilestoneWeight(int weight)
    {
        Assert.Throws<DomainException>(() => NewCommitment().AddMilestone("Hito", 1, null, null, weight));
    }

    [Fact]
    public void AddsASupportingInstitutionOnlyOnce()
    {
        var commitment = NewCommitment();
        var fcd = new Institution { Name = "Fundación Ciudadanía y Desarrollo" };

        commitment.AddSupportingInstitution(fcd);
        commitment.AddSupportingInstitution(fcd);

        Assert.Single(commitment.SupportingInstitutions);
    }
}
