using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OpenGov.Core.Commitments;
using OpenGov.Web.Tests.ActionPlans;
using OpenGov.Web.Tests.Infrastructure;
using OpenGov.Web.Tests.Verifications;

namespace OpenGov.Web.Tests.AsOf;

/// <summary>
/// <c>?asOf=YYYY-MM-DD</c> on the plan, commitment and milestone pages shows the figures as they stood at
/// the end of that day: the same as the page showed that day, whatever was reported or verified since.
/// </summary>
[Collection(WebTestCollection.Name)]
public partial class AsOfPagesTests(OpenGovFactory factory)
{
    private static readonly string Yesterday = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task EveryLevel_AsOfYesterday_ShowsWhatThePageShowedBeforeTodaysReportAndVerdict()
    {
        var plan = await TestPlans.CreateAsync(factory);
        var reviewer = (await VerificationData.CommitteeMemberAsync(factory, plan)).Id;
        var client = factory.CreateAnonymousClient();
        var urls = new[] { plan.PlanUrl, plan.CommitmentUrl("TP-01"), plan.MilestoneUrl("TP-01", 2) };
        var before = new List<string>();
        foreach (var url in urls)
        {
            before.Add(Reported(await client.GetStringAsync(url)));
        }

        // Today: milestone 2 (reported 50 % four days ago) moves to 90 %, and the committee verifies it.
        var update = await VerificationData.AddUpdateAsync(factory, plan, 2, 90, DateTime.UtcNow, "Informe de hoy: tramo terminado.");
        await factory.WithDbAsync(async db =>
        {
            (await db.ProgressUpdates.SingleAsync(u => u.Id == update)).Verify(reviewer, VerificationVerdict.Verified, null, DateTime.UtcNow);
            await db.SaveChangesAsync();
        });

        for (var i = 0; i < urls.Length; i++)
        {
            var today = await client.GetStringAsync(urls[i]);
            var asOf = await client.GetStringAsync($"{urls[i]}?asOf={Yesterday}");
            Assert.NotEqual(before[i], Reported(today));
            Assert.Equal(before[i], Reported(asOf));
            Assert.Contains("Cifras al", asOf, StringComparison.Ordinal);
            Assert.Contains($"href=\"{urls[i].ToLowerInvariant()}\"", asOf.ToLowerInvariant(), StringComparison.Ordinal);
            Assert.DoesNotContain("Cifras al", today, StringComparison.Ordinal);
        }

        var milestone = VerificationData.Flatten(await client.GetStringAsync($"{plan.MilestoneUrl("TP-01", 2)}?asOf={Yesterday}"));
        Assert.DoesNotContain("Informe de hoy: tramo terminado.", milestone, StringComparison.Ordinal);
        Assert.DoesNotContain("Verificado por el Comité de Prueba 90 %", milestone, StringComparison.Ordinal);
        var todays = VerificationData.Flatten(await client.GetStringAsync(plan.MilestoneUrl("TP-01", 2)));
        Assert.Contains("Verificado por el Comité de Prueba 90 %", todays, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-13-01")]
    [InlineData("01/06/2025")]
    [InlineData("2999-01-01")]
    public async Task BadOrFutureDate_Is400WithAClearMessageAndTheWayBack(string value)
    {
        var plan = await TestPlans.CreateAsync(factory);
        foreach (var url in new[] { plan.PlanUrl, plan.CommitmentUrl("TP-01"), plan.MilestoneUrl("TP-01", 1) })
        {
            var response = await factory.CreateAnonymousClient().GetAsync($"{url}?asOf={Uri.EscapeDataString(value)}");
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains($"«{value}» no es una fecha que se pueda consultar", html, StringComparison.Ordinal);
            Assert.Contains("Ver las cifras de hoy", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Banner_InEnglish()
    {
        var plan = await TestPlans.CreateAsync(factory);
        var client = factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.Add("Cookie", "__Host-opengov.lang=c%3Den%7Cuic%3Den");

        var page = await client.GetStringAsync($"{plan.PlanUrl}?asOf={Yesterday}");

        Assert.Contains("Figures as of", page, StringComparison.Ordinal);
        Assert.Contains("See today&#x27;s figures", page, StringComparison.Ordinal);
    }

    private static string Reported(string html)
    {
        var match = ReportedFigure().Match(VerificationData.Flatten(html));
        Assert.True(match.Success, "no reported figure on the page");
        return match.Value;
    }

    [GeneratedRegex(@"Reportado por el gobierno (\d+(,\d+)?) %")]
    private static partial Regex ReportedFigure();
}
