using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OpenGov.Core.Commitments;
using OpenGov.Web.Identity;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.ProgressUpdates;

[Collection(WebTestCollection.Name)]
public class MyMilestonesTests(OpenGovFactory factory)
{
    [Fact]
    public async Task Index_OfficialOfTheInstitution_GroupsMilestonesByWhatNeedsDoing()
    {
        var plan = await OfficialPlan.CreateAsync(factory);
        // Milestone 1 (completed, not yet verified) gets a disputed verdict: it moves to "needs attention".
        await factory.WithDbAsync(async db =>
        {
            var update = db.ProgressUpdates.Where(u => u.MilestoneId == plan.MilestoneIds[0]).OrderByDescending(u => u.Id).First();
            update.Verify("committee-member", VerificationVerdict.Disputed, "El acta no tiene firmas.", DateTime.UtcNow);
            await db.SaveChangesAsync();
        });

        var html = WebUtility.HtmlDecode(await plan.Official(factory).GetStringAsync("/my/milestones"));

        Assert.Contains("Mesas de diálogo realizadas", Section(html, "overdue"));
        Assert.Contains("Plataforma en funcionamiento", Section(html, "duesoon"));
        Assert.Contains("Diagnóstico publicado", Section(html, "needsattention"));
        Assert.Contains("Disputado", Section(html, "needsattention"));
        Assert.Contains("No hay avances esperando verificación.", Section(html, "awaitingverification"));
        Assert.Contains("No hay otros hitos.", Section(html, "other"));
        Assert.Matches(@"<strong>1</strong> Vencidos", html);
    }

    [Fact]
    public async Task Index_OfficialWithoutMilestones_ShowsEmptyState()
    {
        var html = WebUtility.HtmlDecode(await factory.CreateClientAs(TestUser.InRole(Roles.Official, 987654)).GetStringAsync("/my/milestones"));
        Assert.Contains("Su cuenta no tiene hitos a cargo.", html);
    }

    [Fact]
    public async Task Index_NotAnOfficial_Returns403()
    {
        var response = await factory.CreateClientAs(TestUser.InRole(Roles.Citizen)).GetAsync("/my/milestones");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Index_ManyMilestones_BoundedQueries()
    {
        var plan = await OfficialPlan.CreateAsync(factory);
        var client = plan.Official(factory);
        await client.GetAsync("/my/milestones");
        var before = factory.QueryCounter.Count;
        (await client.GetAsync("/my/milestones")).EnsureSuccessStatusCode();
        Assert.InRange(factory.QueryCounter.Count - before, 1, 6);
    }

    [Fact]
    public async Task Index_DueSoonMilestoneSentBackForEvidence_IsTaggedAndCountedUnderNeedsAttention()
    {
        var plan = await OfficialPlan.CreateAsync(factory);
        // Milestone 2 is due in ten days; the committee asks for evidence on its latest report.
        await factory.WithDbAsync(async db =>
        {
            var update = db.ProgressUpdates.Where(u => u.MilestoneId == plan.OpenMilestoneId).OrderByDescending(u => u.Id).First();
            update.Verify("committee-member", VerificationVerdict.NeedsEvidence, "Falta el acta de entrega.", DateTime.UtcNow);
            await db.SaveChangesAsync();
        });

        var html = WebUtility.HtmlDecode(await plan.Official(factory).GetStringAsync("/my/milestones"));

        Assert.Contains("Plataforma en funcionamiento", Section(html, "duesoon"));
        Assert.Contains("Requiere evidencia", Section(html, "duesoon"));
        Assert.Contains("Plataforma en funcionamiento", Section(html, "needsattention"));
        Assert.DoesNotContain("El comité no ha disputado ni pedido evidencia", html);
        Assert.Matches(@"<strong>1</strong> Disputados o con evidencia pedida", html);
        Assert.Contains("Disputados o con evidencia pedida (1)", html);
    }

    [Fact]
    public async Task Index_CancelledMilestone_OffersNoReportAction()
    {
        var plan = await OfficialPlan.CreateAsync(factory);
        await CancelAsync(factory, plan.OpenMilestoneId);

        var html = WebUtility.HtmlDecode(await plan.Official(factory).GetStringAsync("/my/milestones"));
        var milestonePage = WebUtility.HtmlDecode(await plan.Official(factory).GetStringAsync(plan.Plan.MilestoneUrl(plan.Plan.FirstCode, 2)));
        var openMilestonePage = WebUtility.HtmlDecode(await plan.Official(factory).GetStringAsync(plan.Plan.MilestoneUrl(plan.Plan.FirstCode, 3)));

        Assert.DoesNotContain($"/my/milestones/{plan.OpenMilestoneId}/report", html);
        Assert.Contains("Hito cancelado: no admite reportes", html);
        Assert.Contains($"/my/milestones/{plan.MilestoneIds[2]}/report", html);
        Assert.DoesNotContain($"/my/milestones/{plan.OpenMilestoneId}/report", milestonePage);
        Assert.Contains($"/my/milestones/{plan.MilestoneIds[2]}/report", openMilestonePage);
    }

    [Fact]
    public async Task Report_CancelledMilestone_GetAndPostAreRefusedAndNothingIsSaved()
    {
        var plan = await OfficialPlan.CreateAsync(factory);
        var client = plan.Official(factory);
        var url = OfficialPlan.ReportUrl(plan.OpenMilestoneId);
        var form = await ReportForm.OpenAsync(client, url);
        await CancelAsync(factory, plan.OpenMilestoneId);
        var updatesBefore = await factory.WithDbAsync(db => db.ProgressUpdates.CountAsync(u => u.MilestoneId == plan.OpenMilestoneId));

        var get = await client.GetAsync(url);
        var post = await form.With("Version", (await factory.WithDbAsync(db => db.Milestones.Where(m => m.Id == plan.OpenMilestoneId).Select(m => m.Version).SingleAsync())).ToString())
            .With("Progress", "80").With("Status", "InProgress").With("Narrative", "Avance tras la cancelación.").PostAsync(client, url);

        Assert.Equal(HttpStatusCode.Conflict, get.StatusCode);
        Assert.Contains("Este hito está cancelado: ya no admite reportes de avance.", WebUtility.HtmlDecode(await get.Content.ReadAsStringAsync()));
        Assert.DoesNotContain("name=\"Narrative\"", await get.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, post.StatusCode);
        Assert.Contains("Este hito está cancelado: ya no admite reportes de avance.", WebUtility.HtmlDecode(await post.Content.ReadAsStringAsync()));
        Assert.Equal(updatesBefore, await factory.WithDbAsync(db => db.ProgressUpdates.CountAsync(u => u.MilestoneId == plan.OpenMilestoneId)));
        Assert.Equal(MilestoneStatus.Cancelled, await factory.WithDbAsync(db => db.Milestones.Where(m => m.Id == plan.OpenMilestoneId).Select(m => m.Status).SingleAsync()));
    }

    private static Task CancelAsync(OpenGovFactory factory, int milestoneId) => factory.WithDbAsync(async db =>
    {
        var milestone = await db.Milestones.SingleAsync(m => m.Id == milestoneId);
        milestone.RecordProgress(50, MilestoneStatus.Cancelled, "Se canceló: la plataforma la provee el gobierno nacional.", DateTime.UtcNow);
        await db.SaveChangesAsync();
    });

    private static string Section(string html, string group)
    {
        var match = Regex.Match(html, $"<section aria-labelledby=\"group-{group}\">(.*?)</section>", RegexOptions.Singleline);
        Assert.True(match.Success, $"No section {group}.");
        return match.Groups[1].Value;
    }
}
