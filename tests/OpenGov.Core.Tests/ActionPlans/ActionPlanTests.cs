using OpenGov.Core.ActionPlans;
using OpenGov.Core.Common;
using OpenGov.Core.Jurisdictions;

namespace OpenGov.Core.Tests.ActionPlans;

public class ActionPlanTests
{
    private static ActionPlan NewPlan() => new()
    {
        Title = "Plan de acción – Pastaza, Ecuador, 2024 – 2027",
        PeriodStart = new DateOnly(2025, 1, 1),
        PeriodEnd = new DateOnly(2027, 2, 28),
    };

    [Fact]
    public void StartsInCoCreationWithAnOpenBaseline()
    {
        var plan = NewPlan();

        Assert.Equal(PlanStatus.CoCreation, plan.Status);
        Assert.False(plan.BaselineFrozen);
    }

    [Fact]
    public void MovesForwardThroughItsLifecycle()
    {
        var plan = NewPlan();

        plan.MoveTo(PlanStatus.Submitted);
        plan.MoveTo(PlanStatus.Implementation);
        plan.MoveTo(PlanStatus.Closed);

        Assert.Equal(PlanStatus.Closed, plan.Status);
    }

    [Fact]
    public void MaySkipStagesForward()
    {
        var plan = NewPlan();

        plan.MoveTo(PlanStatus.Closed);

        Assert.Equal(PlanStatus.Closed, plan.Status);
    }

    [Fact]
    public void RefusesToGoBackToAnEarlierStage()
    {
        var plan = NewPlan();
        plan.MoveTo(PlanStatus.Implementation);

        Assert.Throws<DomainException>(() => plan.MoveTo(PlanStatus.Submitted));
        Assert.Equal(PlanStatus.Implementation, plan.Status);
    }

    [Theory]
    [InlineData(PlanStatus.CoCreation, false)]
    [InlineData(PlanStatus.Submitted, false)]
    [InlineData(PlanStatus.Implementation, true)]
    [InlineData(PlanStatus.Closed, true)]
    public void FreezesBaselinesFromImplementationOn(PlanStatus status, bool frozen)
    {
        var plan = NewPlan();

        plan.MoveTo(status);

        Assert.Equal(frozen, plan.BaselineFrozen);
    }

    [Fact]
    public void RefusesToMoveWhenThePeriodEndsBeforeItStarts()
    {
        var plan = NewPlan();
        plan.PeriodEnd = new DateOnly(2024, 12, 31);

        Assert.Throws<DomainException>(() => plan.MoveTo(PlanStatus.Submitted));
    }

    [Fact]
    public void RecordsAnEndorsementWithItsOrganizationTrimmed()
    {
        var plan = NewPlan();

        plan.AddEndorsement("  Universidad Estatal Amazónica ", new DateOnly(2024, 12, 20));

        var endorsement = Assert.Single(plan.Endorsements);
        Assert.Equal("Universidad Estatal Amazónica", endorsement.Organization);
        Assert.Equal(new DateOnly(2024, 12, 20), endorsement.EndorsedOn);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void RequiresTheEndorsingOrganization(string organization)
    {
        Assert.Throws<DomainException>(() => NewPlan().AddEndorsement(organization, null));
    }

    [Fact]
    public void AddsALeadInstitutionOnlyOnce()
    {
        var plan = NewPlan();
        var gad = new Institution { Name = "Gobierno Autónomo Descentralizado Provincial de Pastaza" };

        plan.AddLeadInstitution(gad);
        plan.AddLeadInstitution(gad);

        Assert.Single(plan.LeadInstitutions);
    }
}
