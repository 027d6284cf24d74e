using OpenGov.Core.ActionPlans;
using OpenGov.Core.Common;
using OpenGov.Core.Jurisdictions;

namespace OpenGov.Core.Tests.ActionPlans;

/// <summary>The independent monitor of a plan (Pastaza: FCD) is never one of its lead institutions.</summary>
public class PlanRoleTests
{
    private static ActionPlan NewPlan() => new()
    {
        Title = "Plan de acción – Pastaza, Ecuador, 2024 – 2027",
        PeriodStart = new DateOnly(2025, 1, 1),
        PeriodEnd = new DateOnly(2027, 2, 28),
    };

    private static Institution Fcd() => new() { Name = "Fundación Ciudadanía y Desarrollo", Kind = InstitutionKind.Ngo };

    [Fact]
    public void RefusesTheIndependentMonitorAsALeadInstitution()
    {
        var plan = NewPlan();
        var fcd = Fcd();
        plan.AddRole(fcd, PlanRoleKind.IndependentMonitor, null);

        Assert.Throws<DomainException>(() => plan.AddLeadInstitution(fcd));
        Assert.Empty(plan.LeadInstitutions);
    }

    [Fact]
    public void RefusesALeadInstitutionAsTheIndependentMonitor()
    {
        var plan = NewPlan();
        var fcd = Fcd();
        plan.AddLeadInstitution(fcd);

        Assert.Throws<DomainException>(() => plan.AddRole(fcd, PlanRoleKind.IndependentMonitor, null));
        Assert.Empty(plan.Roles);
    }

    [Fact]
    public void TheMonitorMayAlsoFacilitateACoCreationStage()
    {
        var plan = NewPlan();
        var fcd = Fcd();

        plan.AddRole(fcd, PlanRoleKind.IndependentMonitor, null);
        plan.AddRole(fcd, PlanRoleKind.CoCreationFacilitator, " Etapa de sensibilización ");

        Assert.Equal([PlanRoleKind.IndependentMonitor, PlanRoleKind.CoCreationFacilitator], plan.Roles.Select(r => r.Kind));
        Assert.Equal("Etapa de sensibilización", plan.Roles.Last().Detail);
    }
}
