using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenGov.Web.Identity;
using OpenGov.Web.Tests.ActionPlans;
using OpenGov.Web.Tests.Infrastructure;
using OpenGov.Web.Tests.Monitoring;
using OpenGov.Web.Tests.ProgressUpdates;

namespace OpenGov.Web.Tests.Language;

/// <summary>Forms and their messages in the visitor's language (issue 12, ADR-038).</summary>
[Collection(WebTestCollection.Name)]
public class InterfaceLanguageTests(OpenGovFactory factory)
{
    private const string English = "__Host-opengov.lang=c%3Den%7Cuic%3Den";

    private async Task<(HttpClient Client, int PlanId, int CommitmentId)> MonitorAsync(bool english)
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        var (jurisdictionId, planId, commitmentId) = await factory.WithDbAsync(async db =>
        {
            var p = await db.ActionPlans.Where(x => x.Jurisdiction!.Slug == plan.Slug).Select(x => new { x.Id, x.JurisdictionId }).SingleAsync();
            var c = await db.Commitments.Where(x => x.ActionPlanId == p.Id).Select(x => x.Id).SingleAsync();
            return (p.JurisdictionId, p.Id, c);
        });
        var client = factory.CreateClientAs(TestUser.InJurisdictions(Roles.Monitor, jurisdictionId));
        if (english)
        {
            client.DefaultRequestHeaders.Add("Cookie", English);
        }

        return (client, planId, commitmentId);
    }

    [Fact]
    public async Task ReportEditor_InEnglish_ShowsEnglishLabelsAndValidationMessages()
    {
        var (client, planId, _) = await MonitorAsync(english: true);
        var url = $"/monitor/plans/{planId}/reports/new";

        var form = WebUtility.HtmlDecode(await client.GetStringAsync(url));
        var response = await Forms.PostAsync(client, url, url, new Dictionary<string, string> { ["Version"] = "0", ["Title"] = new string('x', 400) });
        var errors = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Contains("Report text", form);
        Assert.Contains("Report as PDF (optional)", form);
        Assert.DoesNotContain("Texto del informe", form);
        Assert.DoesNotContain("Informe en PDF", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choose the kind of report.", errors);
        Assert.Contains("Enter the start of the period the report covers.", errors);
        Assert.Contains("Enter the end of the period the report covers.", errors);
        Assert.Contains("Enter the monitoring organisation.", errors);
        Assert.Contains("The title can be up to 300 characters long.", errors);
        Assert.Contains("Enter a summary of the report.", errors);
        Assert.DoesNotContain("Elija el tipo", errors);
        Assert.DoesNotContain("Indique", errors);
        Assert.False(await factory.WithDbAsync(db => db.MonitoringReports.AnyAsync(r => r.ActionPlanId == planId)));
    }

    [Theory]
    [InlineData(false, "Complete la evaluación de {0}: verificabilidad, relevancia, potencial, cumplimiento y valoración, o déjela en blanco.")]
    [InlineData(true, "Complete the assessment of {0}: verifiability, relevance, potential, completion and rating, or leave it blank.")]
    public async Task ReportEditor_HalfAssessedCommitment_NamesItInTheVisitorsLanguage(bool english, string expected)
    {
        var (client, planId, commitmentId) = await MonitorAsync(english);
        var code = await factory.WithDbAsync(db => db.Commitments.Where(c => c.Id == commitmentId).Select(c => c.Code).SingleAsync());
        var url = $"/monitor/plans/{planId}/reports/new";

        var response = await Forms.PostAsync(client, url, url, new Dictionary<string, string>
        {
            ["Version"] = "0", ["Kind"] = "Quarterly", ["PeriodStart"] = "2025-01-01", ["PeriodEnd"] = "2025-03-31",
            ["MonitorOrganization"] = "Fundación Vigilante", ["Title"] = "Informe", ["Summary"] = "Resumen.",
            ["Assessments[0].CommitmentId"] = commitmentId.ToString(), ["Assessments[0].Verifiability"] = "Verifiable",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(string.Format(expected, code), WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, "Faltan evaluar los compromisos")]
    [InlineData(true, "Commitments")]
    public async Task Publish_UnassessedCommitments_DomainMessageWithTheCodesInTheVisitorsLanguage(bool english, string expected)
    {
        var (client, planId, commitmentId) = await MonitorAsync(english);
        await factory.WithDbAsync(async db =>
        {
            // A second commitment, so the message lists two codes.
            var first = await db.Commitments.SingleAsync(c => c.Id == commitmentId);
            db.Commitments.Add(new Core.Commitments.Commitment { ActionPlanId = planId, Code = first.Code + "B", Number = 99, Title = "Segundo compromiso" });
            return await db.SaveChangesAsync();
        });
        var reportId = await MonitoringData.CreateDraftAsync(factory, planId);
        var codes = await factory.WithDbAsync(db => db.Commitments.Where(c => c.ActionPlanId == planId).OrderBy(c => c.Number).Select(c => c.Code).ToListAsync());

        var response = await Forms.PostAsync(client, $"/monitor/reports/{reportId}/preview", $"/monitor/reports/{reportId}/publish",
            new Dictionary<string, string> { ["Version"] = (await factory.WithDbAsync(db => db.MonitoringReports.Where(r => r.Id == reportId).Select(r => r.Version).SingleAsync())).ToString() });
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, html, StringComparison.Ordinal);
        Assert.Contains(string.Join(", ", codes), html, StringComparison.Ordinal);
        Assert.Equal(english, !html.Contains("Faltan evaluar", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false, "Avance (%): «12,5» no es un número entero. Escríbalo sin decimales, por ejemplo 12.")]
    [InlineData(true, "Progress (%): “12,5” is not a whole number. Enter it without decimals, for example 12.")]
    public async Task ReportProgress_DecimalPercent_SaysAWholeNumberIsNeededInTheVisitorsLanguage(bool english, string expected)
    {
        var plan = await OfficialPlan.CreateAsync(factory);
        var client = plan.Official(factory);
        if (english)
        {
            client.DefaultRequestHeaders.Add("Cookie", English);
        }

        var url = OfficialPlan.ReportUrl(plan.OpenMilestoneId);
        var form = await ProgressUpdates.ReportForm.OpenAsync(client, url);

        var response = await form.With("Progress", "12,5").With("Status", "InProgress").With("Narrative", "Avance con decimales.").PostAsync(client, url);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, html, StringComparison.Ordinal);
        Assert.DoesNotContain("is not valid for", html, StringComparison.Ordinal);
        Assert.Equal(50, await factory.WithDbAsync(db => db.Milestones.Where(m => m.Id == plan.OpenMilestoneId).Select(m => m.Progress).SingleAsync()));
    }

    [Fact]
    public async Task ProgressNotice_ReachesEachFollowerInTheLanguageTheyFollowedIn()
    {
        var plan = await OfficialPlan.CreateAsync(factory);
        var english = Follows.FollowData.NewAddress();
        var spanish = Follows.FollowData.NewAddress();
        foreach (var (email, cookie) in new[] { (english, English), (spanish, (string?)null) })
        {
            var visitor = factory.CreateAnonymousClient();
            if (cookie is not null)
            {
                visitor.DefaultRequestHeaders.Add("Cookie", cookie);
            }

            await Follows.FollowData.FollowAsync(visitor, plan.Plan, plan.CommitmentId, email);
        }

        await factory.WithDbAsync(async db =>
        {
            foreach (var follow in await db.Follows.Where(f => f.Email == english || f.Email == spanish).ToListAsync())
            {
                follow.Confirm(DateTime.UtcNow);
            }

            return await db.SaveChangesAsync();
        });
        var client = plan.Official(factory);
        var url = OfficialPlan.ReportUrl(plan.OpenMilestoneId);
        var form = await ProgressUpdates.ReportForm.OpenAsync(client, url);

        var response = await form.With("Progress", "60").With("Status", "InProgress").With("Narrative", "Se instalaron los servidores.").PostAsync(client, url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var notices = await factory.WithDbAsync(db => db.OutboxMessages.Where(m => (m.To == english || m.To == spanish) && (m.Subject.StartsWith("Nuevo avance") || m.Subject.StartsWith("New progress")))
            .Select(m => new { m.To, m.Subject, m.Body }).ToListAsync());
        var inEnglish = Assert.Single(notices, n => n.To == english);
        var inSpanish = Assert.Single(notices, n => n.To == spanish);
        Assert.StartsWith("New progress: ", inEnglish.Subject, StringComparison.Ordinal);
        Assert.Contains("of commitment TP-01 was reported at 60 %.", inEnglish.Body, StringComparison.Ordinal);
        Assert.Contains("To stop receiving these notices: ", inEnglish.Body, StringComparison.Ordinal);
        Assert.StartsWith("Nuevo avance: ", inSpanish.Subject, StringComparison.Ordinal);
        Assert.Contains("del compromiso TP-01 se reportó al 60 %.", inSpanish.Body, StringComparison.Ordinal);
        Assert.Contains("Para dejar de recibir estos avisos: ", inSpanish.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SuggestionAnswer_IsMailedInTheLanguageTheSuggestionWasWrittenIn()
    {
        var scenario = await Admin.AdminData.CreateAsync(factory);
        var contact = $"vecina-{Guid.NewGuid():N}@example.test";
        var visitor = factory.CreateAnonymousClient();
        visitor.DefaultRequestHeaders.Add("Cookie", English);
        var url = $"/{scenario.Slug}/suggestions";
        var submitted = await Forms.PostAsync(visitor, url, url, new Dictionary<string, string>
        {
            ["Topic"] = "Portal", ["Text"] = "Please publish the road map.", ["Rating"] = "4", ["ContactEmail"] = contact, ["Website"] = "",
        });
        var id = await factory.WithDbAsync(db => db.Suggestions.Where(s => s.ContactEmail == contact).Select(s => s.Id).SingleAsync());
        var admin = Admin.AdminData.Admin(factory);

        var answered = await Forms.PostAsync(admin, $"/backoffice/suggestions/{id}", $"/backoffice/suggestions/{id}/answer",
            new Dictionary<string, string> { ["Answer"] = "Gracias: el mapa estará en línea en marzo." });

        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        var mail = Assert.Single(await factory.WithDbAsync(db => db.OutboxMessages.Where(m => m.To == contact).Select(m => new { m.Subject, m.Body }).ToListAsync()));
        Assert.StartsWith("Answer to your suggestion on ", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("Thank you for writing to us.", mail.Body, StringComparison.Ordinal);
        Assert.Contains("Your suggestion:", mail.Body, StringComparison.Ordinal);
        Assert.Contains("Gracias: el mapa estará en línea en marzo.", mail.Body, StringComparison.Ordinal);
    }
}
