using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpenGov.Core.Monitoring;
using OpenGov.Core.Participation;
using OpenGov.Web.Data.Seed;
using OpenGov.Web.Identity;
using OpenGov.Web.Tests.ActionPlans;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Monitoring;

[Collection(WebTestCollection.Name)]
public sealed class MonitoringReportsTests(OpenGovFactory factory)
{
    /// <summary>The test plan's independent monitor (attached to its jurisdiction).</summary>
    private async Task<HttpClient> MonitorOfAsync(TestPlan plan) =>
        factory.CreateClientAs(TestUser.InJurisdictions(Roles.Monitor, await factory.WithDbAsync(db => db.Jurisdictions.Where(j => j.Slug == plan.Slug).Select(j => j.Id).SingleAsync())));

    private Task<int> PlanIdAsync(TestPlan plan) =>
        factory.WithDbAsync(db => db.ActionPlans.Where(p => p.Jurisdiction!.Slug == plan.Slug).Select(p => p.Id).SingleAsync());

    private Task<Dictionary<int, string>> CommitmentsAsync(int planId) =>
        factory.WithDbAsync(db => db.Commitments.Where(c => c.ActionPlanId == planId).OrderBy(c => c.Code).ToDictionaryAsync(c => c.Id, c => c.Code));

    private static Dictionary<string, string> ReportForm(string title, string summary = "Resumen.", string body = "Texto.") => new()
    {
        ["Version"] = "0", ["Kind"] = "Quarterly", ["PeriodStart"] = "2025-01-01", ["PeriodEnd"] = "2025-03-31",
        ["MonitorOrganization"] = "Fundación Vigilante", ["Title"] = title, ["Summary"] = summary, ["Body"] = body,
    };

    private static void AddAssessment(Dictionary<string, string> form, int index, int commitmentId, string completion = "Substantial")
    {
        var p = $"Assessments[{index}].";
        form[p + "CommitmentId"] = commitmentId.ToString();
        form[p + "Verifiability"] = "Verifiable";
        form[p + "IsRelevant"] = "true";
        form[p + "Values"] = "AccessToInformation";
        form[p + "Potential"] = "Substantial";
        form[p + "Completion"] = completion;
        form[p + "Narrative"] = "El monitor revisó las evidencias publicadas.";
    }

    [Fact]
    public async Task Create_ByMonitor_SavesDraftNotPublic_ThenPublishShowsItOnCommitmentPage()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 2);
        var planId = await PlanIdAsync(plan);
        var commitments = await CommitmentsAsync(planId);
        var client = await MonitorOfAsync(plan);
        var form = ReportForm("Informe trimestral de prueba");
        var i = 0;
        foreach (var id in commitments.Keys)
        {
            AddAssessment(form, i++, id, "Complete");
        }

        var created = await Forms.PostAsync(client, $"/monitor/plans/{planId}/reports/new", $"/monitor/plans/{planId}/reports/new", form);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var reportId = await factory.WithDbAsync(db => db.MonitoringReports.Where(r => r.ActionPlanId == planId).Select(r => r.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateAnonymousClient().GetAsync($"/{plan.Slug}/reports/{reportId}")).StatusCode);
        var preview = await client.GetStringAsync($"/monitor/reports/{reportId}/preview");
        Assert.Contains("Vista previa del borrador", preview, StringComparison.Ordinal);

        var published = await Forms.PostAsync(client, $"/monitor/reports/{reportId}/preview", $"/monitor/reports/{reportId}/publish", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        var anonymous = factory.CreateAnonymousClient();
        var list = await anonymous.GetStringAsync($"/{plan.Slug}/reports");
        Assert.Contains("Informe trimestral de prueba", list, StringComparison.Ordinal);
        var page = await anonymous.GetStringAsync($"/{plan.Slug}/reports/{reportId}");
        Assert.Contains("Destacado", page, StringComparison.Ordinal);
        var commitmentPage = await anonymous.GetStringAsync(plan.CommitmentUrl(plan.FirstCode));
        Assert.Contains("Qué dice el monitor independiente", commitmentPage, StringComparison.Ordinal);
        Assert.Contains("Informe trimestral de prueba", commitmentPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_WithAnUnassessedCommitment_IsRefusedNamingIt()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 2);
        var planId = await PlanIdAsync(plan);
        var commitments = await CommitmentsAsync(planId);
        var reportId = await MonitoringData.CreateDraftAsync(factory, planId);
        await factory.WithDbAsync(async db =>
        {
            var report = await db.MonitoringReports.Include(r => r.Assessments).SingleAsync(r => r.Id == reportId);
            report.Assess(commitments.Keys.First(), MonitoringData.Values());
            await db.SaveChangesAsync();
        });

        var response = await Forms.PostAsync(await MonitorOfAsync(plan), $"/monitor/reports/{reportId}/preview", $"/monitor/reports/{reportId}/publish", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains($"Falta evaluar el compromiso {commitments.Values.Last()}", html, StringComparison.Ordinal);
        Assert.Equal(ReportStatus.Draft, await factory.WithDbAsync(db => db.MonitoringReports.Where(r => r.Id == reportId).Select(r => r.Status).SingleAsync()));
    }

    [Fact]
    public async Task Publish_WithUnassessedCommitmentsInEnglish_NamesThemInEnglish()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 2);
        var planId = await PlanIdAsync(plan);
        var commitments = await CommitmentsAsync(planId);
        var reportId = await MonitoringData.CreateDraftAsync(factory, planId);
        var client = await MonitorOfAsync(plan);
        client.DefaultRequestHeaders.Add("Cookie", "__Host-opengov.lang=c%3Den%7Cuic%3Den");

        var response = await Forms.PostAsync(client, $"/monitor/reports/{reportId}/preview", $"/monitor/reports/{reportId}/publish", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var codes = string.Join(", ", commitments.Values.Order(StringComparer.Ordinal));
        Assert.Contains($"Commitments {codes} have not been assessed: the report cannot be published until every commitment is assessed.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Faltan evaluar", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.Monitor, HttpStatusCode.Conflict)]
    [InlineData(Roles.Admin, HttpStatusCode.Forbidden)]
    [InlineData(Roles.Official, HttpStatusCode.Forbidden)]
    [InlineData(Roles.SteeringCommittee, HttpStatusCode.Forbidden)]
    public async Task Edit_PublishedReport_IsRefusedAndLeavesTheDatabaseUnchanged(string role, HttpStatusCode expected)
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        var planId = await PlanIdAsync(plan);
        var reportId = await MonitoringData.CreatePublishedAsync(factory, planId, "Título original");
        var before = await SnapshotAsync(reportId);
        var jurisdictionId = await factory.WithDbAsync(db => db.Jurisdictions.Where(j => j.Slug == plan.Slug).Select(j => j.Id).SingleAsync());
        var client = factory.CreateClientAs(TestUser.InRole(role).WithJurisdictions(jurisdictionId));
        var commitmentId = (await CommitmentsAsync(planId)).Keys.Single();
        var form = ReportForm("Título cambiado");
        AddAssessment(form, 0, commitmentId, "NotStarted");

        var edit = await Forms.PostAsync(client, "/accessibility", $"/monitor/reports/{reportId}/edit", form);
        var publish = await Forms.PostAsync(client, "/accessibility", $"/monitor/reports/{reportId}/publish", new Dictionary<string, string>());

        Assert.Equal(expected, edit.StatusCode);
        Assert.Equal(expected, publish.StatusCode);
        Assert.Equal(before, await SnapshotAsync(reportId));
    }

    private Task<string> SnapshotAsync(int reportId) => factory.WithDbAsync(async db =>
    {
        var report = await db.MonitoringReports.AsNoTracking().Include(r => r.Assessments).SingleAsync(r => r.Id == reportId);
        return $"{report.Version}|{report.Title}|{report.Summary}|{report.Body}|{report.Status}|{report.PublishedAt:O}|"
            + string.Join(",", report.Assessments.Select(a => $"{a.Version}:{a.Completion}:{a.Narrative}"));
    });

    [Fact]
    public async Task Supersede_KeepsBothPublicAndLinksThem()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        var planId = await PlanIdAsync(plan);
        var originalId = await MonitoringData.CreatePublishedAsync(factory, planId, "Informe original");
        var client = await MonitorOfAsync(plan);

        var started = await Forms.PostAsync(client, $"/monitor/reports", $"/monitor/reports/{originalId}/supersede", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var correctionId = await factory.WithDbAsync(db => db.MonitoringReports.Where(r => r.SupersedesReportId == originalId).Select(r => r.Id).SingleAsync());
        var form = ReportForm("Informe corregido");
        AddAssessment(form, 0, (await CommitmentsAsync(planId)).Keys.Single(), "Limited");
        var version = await factory.WithDbAsync(db => db.MonitoringReports.Where(r => r.Id == correctionId).Select(r => r.Version).SingleAsync());
        form["Version"] = version.ToString();
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(client, $"/monitor/reports/{correctionId}/edit", $"/monitor/reports/{correctionId}/edit", form)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(client, $"/monitor/reports/{correctionId}/preview", $"/monitor/reports/{correctionId}/publish", new Dictionary<string, string>())).StatusCode);

        var anonymous = factory.CreateAnonymousClient();
        var original = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/{plan.Slug}/reports/{originalId}"));
        var correction = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/{plan.Slug}/reports/{correctionId}"));
        Assert.Contains("Sustituido por «Informe corregido»", original, StringComparison.Ordinal);
        Assert.Contains($"/{plan.Slug}/reports/{correctionId}", original, StringComparison.Ordinal);
        Assert.Contains("«Informe original»", correction, StringComparison.Ordinal);
        Assert.Contains($"/{plan.Slug}/reports/{originalId}", correction, StringComparison.Ordinal);
        var list = await anonymous.GetStringAsync($"/{plan.Slug}/reports");
        Assert.Contains("Informe original", list, StringComparison.Ordinal);
        Assert.Contains("Informe corregido", list, StringComparison.Ordinal);
        Assert.Equal("Informe original", await factory.WithDbAsync(db => db.MonitoringReports.Where(r => r.Id == originalId).Select(r => r.Title).SingleAsync()));
    }

    [Fact]
    public async Task Details_WithHostileTitleSummaryAndBody_RendersInert()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        var planId = await PlanIdAsync(plan);
        var reportId = await factory.WithDbAsync(async db =>
        {
            var commitments = await db.Commitments.Where(c => c.ActionPlanId == planId).ToDictionaryAsync(c => c.Id, c => c.Code);
            var report = MonitoringReport.Create(planId, MonitoringData.Details("<script>alert(1)</script>Título") with
            {
                Summary = "<img src=x onerror=alert(2)>",
                Body = "<script>alert(3)</script>\n\n<a href=\"javascript:alert(4)\">a</a> [enlace](javascript:alert(5)) <img src=x onerror=alert(6)>",
            }, "test-monitor", DateTime.UtcNow);
            report.Assess(commitments.Keys.Single(), MonitoringData.Values() with { Narrative = "<script>alert(7)</script>" });
            report.Publish(DateTime.UtcNow, commitments);
            db.MonitoringReports.Add(report);
            await db.SaveChangesAsync();
            return report.Id;
        });

        foreach (var url in new[] { $"/{plan.Slug}/reports/{reportId}", $"/{plan.Slug}/reports", plan.CommitmentUrl(plan.FirstCode) })
        {
            var html = await factory.CreateAnonymousClient().GetStringAsync(url);
            Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
            // Escaped text ("&lt;a href=…") is inert; only a real tag with a script URL or handler would run.
            Assert.DoesNotMatch(@"<a[^>]+href=""\s*javascript:", html);
            Assert.DoesNotMatch(@"<[a-z][^>]*\sonerror\s*=", html);
            Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Create_WithHtmlRenamedPdf_IsRefused_AndARealPdfDownloadsAsAttachment()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        var planId = await PlanIdAsync(plan);
        var commitmentId = (await CommitmentsAsync(planId)).Keys.Single();
        var client = await MonitorOfAsync(plan);
        var url = $"/monitor/plans/{planId}/reports/new";

        var refused = await PostMultipartAsync(client, url, "informe.pdf", "<html><script>alert(1)</script></html>"u8.ToArray(), commitmentId);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("no es un PDF", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.MonitoringReports.AnyAsync(r => r.ActionPlanId == planId)));

        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
        Assert.Equal(HttpStatusCode.Redirect, (await PostMultipartAsync(client, url, "informe trimestral.pdf", pdf, commitmentId)).StatusCode);
        var reportId = await factory.WithDbAsync(db => db.MonitoringReports.Where(r => r.ActionPlanId == planId).Select(r => r.Id).SingleAsync());
        await Forms.PostAsync(client, $"/monitor/reports/{reportId}/preview", $"/monitor/reports/{reportId}/publish", new Dictionary<string, string>());

        var anonymous = factory.CreateAnonymousClient();
        Assert.Contains("Descargar PDF (1 KB)", await anonymous.GetStringAsync($"/{plan.Slug}/reports/{reportId}"), StringComparison.Ordinal);
        var download = await anonymous.GetAsync($"/{plan.Slug}/reports/{reportId}/pdf");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.NotNull(download.Headers.ETag);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
    }

    private static async Task<HttpResponseMessage> PostMultipartAsync(HttpClient client, string url, string fileName, byte[] content, int commitmentId)
    {
        var token = await Forms.GetAntiforgeryTokenAsync(client, url);
        var fields = ReportForm("Informe con PDF");
        AddAssessment(fields, 0, commitmentId);
        using var form = new MultipartFormDataContent();
        foreach (var (key, value) in fields)
        {
            form.Add(new StringContent(value), key);
        }

        form.Add(new StringContent(token), "__RequestVerificationToken");
        form.Add(new ByteArrayContent(content), "Pdf", fileName);
        return await client.PostAsync(url, form);
    }

    [Fact]
    public async Task Publish_QueuesOneMessagePerConfirmedFollower_AndNotTwice()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        var planId = await PlanIdAsync(plan);
        var commitmentId = (await CommitmentsAsync(planId)).Keys.Single();
        var confirmed = $"sigue-{Guid.NewGuid():N}@example.org";
        var unconfirmed = $"pendiente-{Guid.NewGuid():N}@example.org";
        await factory.WithDbAsync(async db =>
        {
            var follow = new Follow { CommitmentId = commitmentId, Email = confirmed, Token = Guid.NewGuid().ToString("N"), CreatedAt = DateTime.UtcNow };
            follow.Confirm(DateTime.UtcNow);
            db.Follows.AddRange(follow, new Follow { CommitmentId = commitmentId, Email = unconfirmed, Token = Guid.NewGuid().ToString("N"), CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        });
        var reportId = await MonitoringData.CreateDraftAsync(factory, planId, "Informe para seguidores");
        await factory.WithDbAsync(async db =>
        {
            var report = await db.MonitoringReports.Include(r => r.Assessments).SingleAsync(r => r.Id == reportId);
            report.Assess(commitmentId, MonitoringData.Values());
            await db.SaveChangesAsync();
        });
        var client = await MonitorOfAsync(plan);

        await Forms.PostAsync(client, $"/monitor/reports/{reportId}/preview", $"/monitor/reports/{reportId}/publish", new Dictionary<string, string>());
        var again = await Forms.PostAsync(client, "/accessibility", $"/monitor/reports/{reportId}/publish", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var messages = await factory.WithDbAsync(db => db.OutboxMessages.Where(m => m.To == confirmed || m.To == unconfirmed).ToListAsync());
        var message = Assert.Single(messages);
        Assert.Equal(confirmed, message.To);
        Assert.Contains("Informe para seguidores", message.Body, StringComparison.Ordinal);
        Assert.Contains($"/{plan.Slug}/reports/{reportId}", message.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_ListsTheIllustrativeDemoReport_AndFiltersByKindAndYear()
    {
        var anonymous = factory.CreateAnonymousClient();
        var html = await anonymous.GetStringAsync($"/{DemoMonitoringReport.Slug}/reports");
        Assert.Contains("Informe ilustrativo de demostración", html, StringComparison.Ordinal);

        var annual = await anonymous.GetStringAsync($"/{DemoMonitoringReport.Slug}/reports?kind=Annual");
        Assert.DoesNotContain(DemoMonitoringReport.Title, annual, StringComparison.Ordinal);
        var otherYear = await anonymous.GetStringAsync($"/{DemoMonitoringReport.Slug}/reports?year=1999");
        Assert.Contains("No hay informes publicados con estos filtros.", otherYear, StringComparison.Ordinal);

        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        Assert.Contains("Aún no hay informes publicados. El monitor independiente publica uno cada trimestre.",
            WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/{plan.Slug}/reports")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemoReport_AssessesEveryPastazaCommitment()
    {
        var counts = await factory.WithDbAsync(async db =>
        {
            var planId = await db.ActionPlans.Where(p => p.Jurisdiction!.Slug == DemoMonitoringReport.Slug).Select(p => p.Id).FirstAsync();
            var report = await db.MonitoringReports.AsNoTracking().Include(r => r.Assessments)
                .SingleAsync(r => r.ActionPlanId == planId && r.Title == DemoMonitoringReport.Title);
            return (report.IsIllustrative, report.Status, report.Assessments.Count, await db.Commitments.CountAsync(c => c.ActionPlanId == planId));
        });

        Assert.True(counts.IsIllustrative);
        Assert.Equal(ReportStatus.Published, counts.Status);
        Assert.Equal(counts.Item4, counts.Item3);
    }

    [Fact]
    public async Task Details_DemoReportWithHeadingsInItsBody_HasNoEmptyHeading()
    {
        var id = await factory.WithDbAsync(db => db.MonitoringReports
            .Where(r => r.Title == DemoMonitoringReport.Title).Select(r => r.Id).FirstAsync());

        var html = await factory.CreateAnonymousClient().GetStringAsync($"/{DemoMonitoringReport.Slug}/reports/{id}");

        // The body's "## Alcance" nests under the page's "Informe" instead of following it as an empty sibling.
        Assert.Contains("<h2 id=\"body-heading\">Informe</h2>", html, StringComparison.Ordinal);
        Assert.Matches("<h3[^>]*>Alcance</h3>", html);
        Assert.DoesNotMatch(@"<h([1-6])[^>]*>[^<]*</h\1>\s*(<h\1[\s>]|</section>)", html);
    }
}
