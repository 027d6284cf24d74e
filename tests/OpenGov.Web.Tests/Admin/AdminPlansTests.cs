using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenGov.Core.ActionPlans;
using OpenGov.Web.Tests.Account;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Admin;

[Collection(WebTestCollection.Name)]
public class AdminPlansTests(OpenGovFactory factory)
{
    [Fact]
    public async Task Create_ValidPlan_SavesAndOpensItsEditPage()
    {
        var scenario = await AdminData.CreateAsync(factory);
        var title = AdminData.Unique("Segundo plan");

        var response = await Forms.PostAsync(AdminData.Admin(factory), "/admin/plans/new", "/admin/plans/new", new Dictionary<string, string>
        {
            ["JurisdictionId"] = scenario.JurisdictionId.ToString(), ["Title"] = title, ["Number"] = "2",
            ["PeriodStart"] = "2027-01-01", ["PeriodEnd"] = "2029-12-31", ["SubmittedOn"] = "2026-11-20", ["Status"] = "Submitted",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var plan = await AdminData.QueryAsync(factory, db => db.ActionPlans.AsNoTracking().SingleAsync(p => p.Title == title));
        Assert.Equal($"/admin/plans/{plan.Id}/edit", response.Headers.Location?.OriginalString);
        Assert.Equal((2, PlanStatus.Submitted, new DateOnly(2029, 12, 31)), (plan.Number, plan.Status, plan.PeriodEnd));
    }

    [Fact]
    public async Task Create_PeriodEndBeforeStartAndTakenNumber_ShowsBothErrorsAndSavesNothing()
    {
        var scenario = await AdminData.CreateAsync(factory);
        var title = AdminData.Unique("Plan inválido");

        var response = await Forms.PostAsync(AdminData.Admin(factory), "/admin/plans/new", "/admin/plans/new", new Dictionary<string, string>
        {
            ["JurisdictionId"] = scenario.JurisdictionId.ToString(), ["Title"] = title, ["Number"] = "1",
            ["PeriodStart"] = "2027-01-01", ["PeriodEnd"] = "2026-01-01", ["Status"] = "CoCreation",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.TextAsync();
        Assert.Contains("El fin del periodo no puede ser anterior a su inicio.", html);
        Assert.Contains("Esta jurisdicción ya tiene un plan con ese número.", html);
        Assert.Contains($"value=\"{title}\"", html);
        Assert.False(await AdminData.QueryAsync(factory, db => db.ActionPlans.AnyAsync(p => p.Title == title)));
    }

    [Fact]
    public async Task Edit_MovesForwardAndSetsLeadInstitutions_Saved()
    {
        var scenario = await AdminData.CreateAsync(factory);
        var url = $"/admin/plans/{scenario.PlanId}/edit";
        var version = await AdminData.VersionOfAsync<ActionPlan>(factory, scenario.PlanId);

        var response = await Forms.PostAsync(AdminData.Admin(factory), url, url, new Dictionary<string, string>
        {
            ["Title"] = "Plan renombrado " + scenario.Slug, ["Number"] = "1", ["PeriodStart"] = "2024-01-01", ["PeriodEnd"] = "2026-12-31",
            ["Status"] = "Implementation", ["Vision"] = "Una visión.", ["LeadInstitutionIds"] = scenario.OtherInstitutionId.ToString(),
            ["Version"] = version.ToString(),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var plan = await AdminData.QueryAsync(factory, db => db.ActionPlans.AsNoTracking().Include(p => p.LeadInstitutions).SingleAsync(p => p.Id == scenario.PlanId));
        Assert.Equal(PlanStatus.Implementation, plan.Status);
        Assert.Equal("Una visión.", plan.Vision);
        Assert.Equal([scenario.OtherInstitutionId], plan.LeadInstitutions.Select(i => i.Id));
    }

    [Fact]
    public async Task Edit_StatusBackwards_IsRefusedAndNothingChanges()
    {
        var scenario = await AdminData.CreateAsync(factory, PlanStatus.Implementation);
        var url = $"/admin/plans/{scenario.PlanId}/edit";
        var version = await AdminData.VersionOfAsync<ActionPlan>(factory, scenario.PlanId);

        var response = await Forms.PostAsync(AdminData.Admin(factory), url, url, new Dictionary<string, string>
        {
            ["Title"] = "No debe guardarse", ["Number"] = "1", ["PeriodStart"] = "2024-01-01", ["PeriodEnd"] = "2026-12-31",
            ["Status"] = "CoCreation", ["Version"] = version.ToString(),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Un plan de acción no puede volver a una etapa anterior.", await response.TextAsync());
        var plan = await AdminData.QueryAsync(factory, db => db.ActionPlans.AsNoTracking().SingleAsync(p => p.Id == scenario.PlanId));
        Assert.Equal(PlanStatus.Implementation, plan.Status);
        Assert.NotEqual("No debe guardarse", plan.Title);
    }

    [Fact]
    public async Task Endorsements_AddAndRemove_AreSaved()
    {
        var scenario = await AdminData.CreateAsync(factory);
        var edit = $"/admin/plans/{scenario.PlanId}/edit";
        var client = AdminData.Admin(factory);
        var organization = AdminData.Unique("Colectivo Ciudadano");

        var empty = await Forms.PostAsync(client, edit, $"/admin/plans/{scenario.PlanId}/endorsements", new Dictionary<string, string> { ["NewEndorsement.Organization"] = "" });
        var added = await Forms.PostAsync(client, edit, $"/admin/plans/{scenario.PlanId}/endorsements", new Dictionary<string, string>
        {
            ["NewEndorsement.Organization"] = organization, ["NewEndorsement.EndorsedOn"] = "2024-03-15",
        });

        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("href=\"#NewEndorsement_Organization\"", await empty.TextAsync());
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var id = await AdminData.QueryAsync(factory, db => db.Endorsements.Where(e => e.ActionPlanId == scenario.PlanId && e.Organization == organization).Select(e => e.Id).SingleAsync());

        var removed = await Forms.PostAsync(client, edit, $"/admin/plans/{scenario.PlanId}/endorsements/{id}/delete", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.False(await AdminData.QueryAsync(factory, db => db.Endorsements.AnyAsync(e => e.Id == id)));
        Assert.Equal(1, await AdminData.QueryAsync(factory, db => db.Endorsements.CountAsync(e => e.ActionPlanId == scenario.PlanId)));
    }

    [Fact]
    public async Task Delete_PlanWithCommitments_IsRefusedAndNothingChanges()
    {
        var scenario = await AdminData.CreateAsync(factory);
        var url = $"/admin/plans/{scenario.PlanId}/delete";
        var version = await AdminData.VersionOfAsync<ActionPlan>(factory, scenario.PlanId);

        var response = await Forms.PostAsync(AdminData.Admin(factory), url, url, new Dictionary<string, string> { ["Version"] = version.ToString() });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("tiene 1 compromisos", await response.TextAsync());
        Assert.True(await AdminData.QueryAsync(factory, db => db.ActionPlans.AnyAsync(p => p.Id == scenario.PlanId)));
    }
}
