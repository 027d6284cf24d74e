using System.Net;
using System.Text.RegularExpressions;
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

    private static string Section(string html, string group)
    {
        var match = Regex.Match(html, $"<section aria-labelledby=\"group-{group}\">(.*?)</section>", RegexOptions.Singleline);
        Assert.True(match.Success, $"No section {group}.");
        return match.Groups[1].Value;
    }
}
