using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenGov.Web.Identity;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.ProgressUpdates;

[Collection(WebTestCollection.Name)]
public class ReplanTests(OpenGovFactory factory)
{
    [Fact]
    public async Task Replan_WithoutReason_RefusedAndDatesUnchanged()
    {
        var plan = await OfficialPlan.CreateAsync(factory);
        var client = plan.Official(factory);
        var url = OfficialPlan.ReplanUrl(plan.OpenMilestoneId);
        var before = await factory.WithDbAsync(db => db.Milestones.AsNoTracking().SingleAsync(m => m.Id == plan.OpenMilestoneId));
        var form = await ReportForm.OpenAsync(client, url);

        var response = await form.With("CurrentStart", "2026-01-01").With("CurrentEnd", "2031-06-30").With("Reason", "  ").PostAsync(client, url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Explique por qué cambian las fechas.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        var after = await factory.WithDbAsync(db => db.Milestones.AsNoTracking().SingleAsync(m => m.Id == plan.OpenMilestoneId));
        Assert.Equal(before.CurrentEnd, after.CurrentEnd);
        Assert.Equal(0, await factory.WithDbAsync(db => db.AuditEvents.CountAsync(a => a.EntityType == "Milestone" && a.EntityId == plan.OpenMilestoneId.ToString())));
    }

    [Fact]
    public async Task Replan_WithReason_MovesCurrentDatesKeepsBaselineAndRecordsReason()
    {
        var plan = await OfficialPlan.CreateAsync(factory);
        var client = plan.Official(factory);
        var url = OfficialPlan.ReplanUrl(plan.OpenMilestoneId);
        var before = await factory.WithDbAsync(db => db.Milestones.AsNoTracking().SingleAsync(m => m.Id == plan.OpenMilestoneId));
        var form = await ReportForm.OpenAsync(client, url);

        var response = await form.With("CurrentStart", "2026-01-01").With("CurrentEnd", "2027-06-30")
            .With("Reason", "Temporada de lluvias.").With("BaselineEnd", "2027-06-30").PostAsync(client, url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await factory.WithDbAsync(db => db.Milestones.AsNoTracking().SingleAsync(m => m.Id == plan.OpenMilestoneId));
        Assert.Equal(new DateOnly(2027, 6, 30), after.CurrentEnd);
        Assert.Equal(before.BaselineEnd, after.BaselineEnd);
        Assert.Equal("Temporada de lluvias.", after.ReplanReason);
        var audit = await factory.WithDbAsync(db => db.AuditEvents.AsNoTracking()
            .SingleAsync(a => a.EntityType == "Milestone" && a.EntityId == plan.OpenMilestoneId.ToString()));
        using var changes = JsonDocument.Parse(audit.Changes);
        Assert.Equal("2027-06-30", changes.RootElement.GetProperty("CurrentEnd").GetProperty("after").GetString());
        Assert.Equal(before.CurrentEnd!.Value.ToString("yyyy-MM-dd"), changes.RootElement.GetProperty("CurrentEnd").GetProperty("before").GetString());
        Assert.Equal("Temporada de lluvias.", changes.RootElement.GetProperty("ReplanReason").GetProperty("after").GetString());
        Assert.False(changes.RootElement.TryGetProperty("BaselineEnd", out _));

        var history = WebUtility.HtmlDecode(await factory.CreateAnonymousClient().GetStringAsync(plan.Plan.CommitmentUrl(plan.Plan.FirstCode)));
        Assert.Contains("Motivo del cambio de fechas: — → <strong>Temporada de lluvias.</strong>", history);
        Assert.Contains("30 de junio de 2027", history);
    }

    [Fact]
    public async Task Replan_OfficialOfAnotherInstitutionOrCitizen_Returns403()
    {
        var plan = await OfficialPlan.CreateAsync(factory);
        var url = OfficialPlan.ReplanUrl(plan.OpenMilestoneId);

        Assert.Equal(HttpStatusCode.Forbidden, (await plan.OfficialOfOtherInstitution(factory).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.CreateClientAs(TestUser.InRole(Roles.Citizen)).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClientAs(TestUser.InRole(Roles.Admin)).GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Replan_PastThePlanEndWithoutConfirmation_WarnsRefusesAndChangesNothing()
    {
        var plan = await OfficialPlan.CreateAsync(factory);
        var client = plan.Official(factory);
        var url = OfficialPlan.ReplanUrl(plan.OpenMilestoneId);
        var before = await factory.WithDbAsync(db => db.Milestones.AsNoTracking().SingleAsync(m => m.Id == plan.OpenMilestoneId));
        var page = WebUtility.HtmlDecode(await client.GetStringAsync(url));
        var form = await ReportForm.OpenAsync(client, url);

        var response = await form.With("CurrentStart", "2026-01-01").With("CurrentEnd", "2028-03-31").With("Reason", "Retraso en la contratación.").PostAsync(client, url);

        Assert.Contains("El plan de acción termina el 31 de diciembre de 2027.", page);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("La nueva fecha de fin es posterior al fin del plan de acción.", html);
        Assert.Contains("La fecha de fin (31 de marzo de 2028) es posterior al fin del plan de acción (31 de diciembre de 2027).", html);
        var after = await factory.WithDbAsync(db => db.Milestones.AsNoTracking().SingleAsync(m => m.Id == plan.OpenMilestoneId));
        Assert.Equal((before.CurrentEnd, before.Version, before.ReplanReason), (after.CurrentEnd, after.Version, after.ReplanReason));
        Assert.Equal(0, await factory.WithDbAsync(db => db.AuditEvents.CountAsync(a => a.EntityType == "Milestone" && a.EntityId == plan.OpenMilestoneId.ToString())));
    }

    [Fact]
    public async Task Replan_PastThePlanEndConfirmedWithReason_IsSaved()
    {
        var plan = await OfficialPlan.CreateAsync(factory);
        var client = plan.Official(factory);
        var url = OfficialPlan.ReplanUrl(plan.OpenMilestoneId);
        var form = await ReportForm.OpenAsync(client, url);

        var response = await form.With("CurrentStart", "2026-01-01").With("CurrentEnd", "2028-03-31")
            .With("Reason", "La obra depende de un crédito que se firma en 2028.").With("ConfirmBeyondPlanEnd", "true").PostAsync(client, url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await factory.WithDbAsync(db => db.Milestones.AsNoTracking().SingleAsync(m => m.Id == plan.OpenMilestoneId));
        Assert.Equal(new DateOnly(2028, 3, 31), after.CurrentEnd);
        Assert.Equal("La obra depende de un crédito que se firma en 2028.", after.ReplanReason);
    }

    [Fact]
    public async Task Replan_PastThePlanEndInEnglish_AsksForTheConfirmationInEnglishNextToIt()
    {
        var plan = await OfficialPlan.CreateAsync(factory);
        var client = plan.Official(factory);
        client.DefaultRequestHeaders.Add("Cookie", "__Host-opengov.lang=c%3Den%7Cuic%3Den");
        var url = OfficialPlan.ReplanUrl(plan.OpenMilestoneId);
        var form = await ReportForm.OpenAsync(client, url);

        var response = await form.With("CurrentStart", "2026-01-01").With("CurrentEnd", "2028-03-31").With("Reason", "Retraso en la contratación.").PostAsync(client, url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Matches("data-valmsg-for=\"ConfirmBeyondPlanEnd\"[^>]*>[^<]*The new end date is after the end of the action plan", html);
        Assert.DoesNotContain("La nueva fecha de fin es posterior", html, StringComparison.Ordinal);
    }
}
