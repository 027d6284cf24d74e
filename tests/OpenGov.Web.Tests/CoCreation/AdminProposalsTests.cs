using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OpenGov.Core.CoCreation;
using OpenGov.Web.Tests.Admin;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.CoCreation;

[Collection(WebTestCollection.Name)]
public partial class AdminProposalsTests(OpenGovFactory factory)
{
    [Fact]
    public async Task Create_FromAWorkshopOfThePlan_RecordsAReceivedProposal()
    {
        var plan = await AdminData.CreateAsync(factory);
        var workshopId = await WorkshopAsync(plan.PlanId);
        var text = AdminData.Unique("Publicar el presupuesto participativo");
        var url = $"/admin/plans/{plan.PlanId}/proposals/new";

        var response = await Forms.PostAsync(AdminData.Admin(factory), url, url, new Dictionary<string, string>
        {
            ["Source"] = "Workshop", ["WorkshopId"] = workshopId.ToString(), ["Text"] = text, ["Problem"] = "No se conoce el presupuesto.",
            ["Organization"] = "Red Ciudadana", ["ThematicAxis"] = "Eje político-institucional",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await factory.WithDbAsync(db => db.Proposals.AsNoTracking().SingleAsync(p => p.Text == text));
        Assert.Equal((plan.PlanId, workshopId, ProposalStage.Received, "Red Ciudadana"), (saved.ActionPlanId, saved.WorkshopId, saved.Stage, saved.Organization));
    }

    [Fact]
    public async Task Create_WorkshopOfAnotherPlan_Refused()
    {
        var plan = await AdminData.CreateAsync(factory);
        var other = await AdminData.CreateAsync(factory);
        var text = AdminData.Unique("Propuesta");
        var url = $"/admin/plans/{plan.PlanId}/proposals/new";

        var response = await Forms.PostAsync(AdminData.Admin(factory), url, url, new Dictionary<string, string>
        {
            ["Source"] = "Workshop", ["WorkshopId"] = (await WorkshopAsync(other.PlanId)).ToString(), ["Text"] = text,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Elija un taller de este plan de acción.", await response.Content.ReadAsStringAsync());
        Assert.False(await factory.WithDbAsync(db => db.Proposals.AnyAsync(p => p.Text == text)));
    }

    [Fact]
    public async Task Move_RejectedWithoutReason_RefusedWithAClearMessageAndNothingChanges()
    {
        var plan = await AdminData.CreateAsync(factory);
        var id = await ProposalAsync(plan.PlanId, "Sin motivo");

        var response = await MoveAsync(id, "Rejected", reason: "   ");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Indique el motivo: toda propuesta fusionada o descartada debe explicar por qué.", html);
        Assert.Contains("error-summary", html);
        var saved = await factory.WithDbAsync(db => db.Proposals.AsNoTracking().SingleAsync(p => p.Id == id));
        Assert.Equal(ProposalStage.Received, saved.Stage);
        Assert.Null(saved.Reason);
    }

    [Fact]
    public async Task Move_RejectedWithReason_SavedAndShownOnThePublicLedger()
    {
        var plan = await AdminData.CreateAsync(factory);
        var id = await ProposalAsync(plan.PlanId, "Descartable");
        var reason = AdminData.Unique("Excede las competencias del gobierno provincial");

        var response = await MoveAsync(id, "Rejected", reason);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await factory.WithDbAsync(db => db.Proposals.AsNoTracking().SingleAsync(p => p.Id == id));
        Assert.Equal((ProposalStage.Rejected, reason), (saved.Stage, saved.Reason));
        var ledger = await factory.CreateAnonymousClient().GetStringAsync($"/{plan.Slug}/plans/1/proposals");
        Assert.Contains(reason, ledger);
        Assert.Contains("Descartada", ledger);
    }

    [Fact]
    public async Task Move_MergedIntoAProposalOfAnotherPlan_Refused()
    {
        var plan = await AdminData.CreateAsync(factory);
        var other = await AdminData.CreateAsync(factory);
        var id = await ProposalAsync(plan.PlanId, "Fusionable");
        var elsewhere = await ProposalAsync(other.PlanId, "De otro plan");

        var response = await MoveAsync(id, "Merged", "Repite otra propuesta.", mergedInto: elsewhere);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Elija otra propuesta del mismo plan de acción.", await response.Content.ReadAsStringAsync());
        Assert.Equal(ProposalStage.Received, await factory.WithDbAsync(db => db.Proposals.Where(p => p.Id == id).Select(p => p.Stage).SingleAsync()));
    }

    [Fact]
    public async Task Move_SelectedWithACommitment_LedgerShowsTheCommitmentItBecame()
    {
        var plan = await AdminData.CreateAsync(factory);
        var id = await ProposalAsync(plan.PlanId, "Seleccionable");

        var response = await MoveAsync(id, "Selected", null, commitmentId: plan.CommitmentId);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var ledger = await factory.CreateAnonymousClient().GetStringAsync($"/{plan.Slug}/plans/1/proposals");
        Assert.Matches(new Regex(@"Se convirtió en el compromiso\s*<a [^>]*>AD-01 · "), ledger);
    }

    [Fact]
    public async Task Moves_PublicFunnel_EqualsTheLedger()
    {
        var plan = await AdminData.CreateAsync(factory);
        var selected = await ProposalAsync(plan.PlanId, "Seleccionada");
        var grouped = await ProposalAsync(plan.PlanId, "Agrupada");
        var rejected = await ProposalAsync(plan.PlanId, "Descartada tras agrupar");
        var merged = await ProposalAsync(plan.PlanId, "Fusionada");
        await ProposalAsync(plan.PlanId, "Recibida");

        Assert.Equal(HttpStatusCode.Redirect, (await MoveAsync(selected, "Selected", null, commitmentId: plan.CommitmentId)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await MoveAsync(grouped, "Grouped", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await MoveAsync(rejected, "Grouped", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await MoveAsync(rejected, "Rejected", "No es verificable.")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await MoveAsync(merged, "Merged", "Coincide con la seleccionada.", mergedInto: selected)).StatusCode);

        var client = factory.CreateAnonymousClient();
        var page = await client.GetStringAsync($"/{plan.Slug}/plans/1/co-creation");
        async Task<int> LedgerCountAsync(string query) =>
            CardPattern().Matches(await client.GetStringAsync($"/{plan.Slug}/plans/1/proposals{query}")).Count;

        // Received counts every proposal of the ledger; each later step those that reached it at least.
        var all = await LedgerCountAsync("");
        Assert.Equal(5, all);
        Assert.Equal(all, FunnelStep(page, "Recibida"));
        // Grouped: the grouped one, the selected one, and the one rejected after grouping.
        Assert.Equal(await LedgerCountAsync("?stage=Grouped") + await LedgerCountAsync("?stage=Selected") + 1, FunnelStep(page, "Agrupada"));
        Assert.Equal(await LedgerCountAsync("?stage=Selected"), FunnelStep(page, "Evaluada"));
        Assert.Equal(await LedgerCountAsync("?stage=Selected"), FunnelStep(page, "Seleccionada"));
        Assert.Contains($"Fusionadas: {await LedgerCountAsync("?stage=Merged")}. Descartadas: {await LedgerCountAsync("?stage=Rejected")}.", page);
    }

    [Fact]
    public async Task StageCounts_SavedRowsWithOneRemoved_PublicFunnelShowsTheRestInOrder()
    {
        var plan = await AdminData.CreateAsync(factory);
        var url = $"/admin/plans/{plan.PlanId}/stage-counts";
        var version = await AdminData.VersionOfAsync<Core.ActionPlans.ActionPlan>(factory, plan.PlanId);

        var response = await Forms.PostAsync(AdminData.Admin(factory), url, url, new Dictionary<string, string>
        {
            ["Version"] = version.ToString(),
            ["Rows[0].Label"] = "Propuestas recibidas", ["Rows[0].Count"] = "335",
            ["Rows[1].Label"] = "Fila quitada", ["Rows[1].Count"] = "999", ["Rows[1].Remove"] = "true",
            ["Rows[2].Label"] = "Propuestas seleccionadas", ["Rows[2].Count"] = "10",
            ["Rows[3].Label"] = "", ["Rows[3].Count"] = "",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await factory.WithDbAsync(db => db.ProposalStageCounts.AsNoTracking().Where(c => c.ActionPlanId == plan.PlanId)
            .OrderBy(c => c.Order).Select(c => c.Label + "=" + c.Count).ToListAsync());
        Assert.Equal(["Propuestas recibidas=335", "Propuestas seleccionadas=10"], saved);
        var page = await factory.CreateAnonymousClient().GetStringAsync($"/{plan.Slug}/plans/1/co-creation");
        Assert.Equal(335, FunnelStep(page, "Propuestas recibidas"));
        Assert.Equal(10, FunnelStep(page, "Propuestas seleccionadas"));
    }

    [Fact]
    public async Task StageCounts_CountWithoutStageName_RefusedAndNothingSaved()
    {
        var plan = await AdminData.CreateAsync(factory);
        var url = $"/admin/plans/{plan.PlanId}/stage-counts";

        var response = await Forms.PostAsync(AdminData.Admin(factory), url, url, new Dictionary<string, string> { ["Rows[0].Label"] = " ", ["Rows[0].Count"] = "43" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Indique el nombre de la etapa.", await response.Content.ReadAsStringAsync());
        Assert.False(await factory.WithDbAsync(db => db.ProposalStageCounts.AnyAsync(c => c.ActionPlanId == plan.PlanId)));
    }

    private static int FunnelStep(string html, string label)
    {
        var match = Regex.Match(html, $"<tr><th scope=\"row\">{label}</th><td[^>]* class=\"num\">(\\d+)</td></tr>");
        Assert.True(match.Success, $"No funnel row {label}.");
        return int.Parse(match.Groups[1].Value);
    }

    private async Task<HttpResponseMessage> MoveAsync(int id, string stage, string? reason, int? mergedInto = null, int? commitmentId = null)
    {
        var version = await AdminData.VersionOfAsync<Proposal>(factory, id);
        return await Forms.PostAsync(AdminData.Admin(factory), $"/admin/proposals/{id}/edit", $"/admin/proposals/{id}/stage", new Dictionary<string, string>
        {
            ["Move.Stage"] = stage, ["Move.Reason"] = reason ?? "", ["Move.MergedIntoProposalId"] = mergedInto?.ToString() ?? "",
            ["Move.CommitmentId"] = commitmentId?.ToString() ?? "", ["Move.Version"] = version.ToString(),
        });
    }

    private Task<int> ProposalAsync(int planId, string text) => factory.WithDbAsync(async db =>
    {
        var proposal = new Proposal { ActionPlanId = planId, Source = ProposalSource.OnlineForm, Text = AdminData.Unique(text) };
        db.Proposals.Add(proposal);
        await db.SaveChangesAsync();
        return proposal.Id;
    });

    private Task<int> WorkshopAsync(int planId) => factory.WithDbAsync(async db =>
    {
        var workshop = new Workshop { ActionPlanId = planId, Title = AdminData.Unique("Taller"), HeldOn = new DateOnly(2024, 11, 21) };
        db.Workshops.Add(workshop);
        await db.SaveChangesAsync();
        return workshop.Id;
    });

    [GeneratedRegex("<li id=\"proposal-\\d+\" class=\"card\">")]
    private static partial Regex CardPattern();
}
