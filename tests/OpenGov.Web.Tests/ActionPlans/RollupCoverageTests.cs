using System.Net;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.ActionPlans;

/// <summary>
/// A roll-up over partial data says how much data it rests on, and claims no overall figure when fewer than
/// half of the commitments have data (ADR-021). Ecuador's document gives figures for 1 of its 10 commitments
/// (EC-02, 100 %) and no overall figure.
/// </summary>
[Collection(WebTestCollection.Name)]
public class RollupCoverageTests(OpenGovFactory factory)
{
    private const string Hundred = "100\u00a0%";

    private async Task<string> PageAsync(string url) =>
        WebUtility.HtmlDecode(await factory.CreateAnonymousClient().GetStringAsync(url));

    private static string Between(string html, string start, string end)
    {
        var from = html.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"'{start}' not found");
        var to = html.IndexOf(end, from, StringComparison.Ordinal);
        return to < 0 ? html[from..] : html[from..to];
    }

    [Fact]
    public async Task Plan_EcuadorOneOfTenCommitmentsWithData_ShowsCoverageAndNoOverallFigure()
    {
        var headline = Between(await PageAsync("/ecuador/plans/1"), "id=\"progress-heading\"", "id=\"compromisos\"");

        Assert.Contains("Solo 1 de 10 compromisos tienen datos", headline, StringComparison.Ordinal);
        Assert.Contains("Sin cifra general", headline, StringComparison.Ordinal);
        Assert.DoesNotContain(Hundred, headline, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Jurisdictions_EcuadorRow_ShowsCoverageAndNoOverallFigure()
    {
        var html = await PageAsync("/jurisdictions");

        var ecuador = Assert.Single(html.Split("<li class=\"card\">").Skip(1), c => c.Contains("/ecuador/plans/1", StringComparison.Ordinal));
        Assert.Contains("Solo 1 de 10 compromisos tienen datos", ecuador, StringComparison.Ordinal);
        Assert.DoesNotContain(Hundred, ecuador, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_Ecuador_PlanPanelShowsCoverageAndNoOverallFigure()
    {
        var panel = Between(await PageAsync("/ecuador"), "id=\"plan-heading\"", "id=\"commitments-heading\"");

        Assert.Contains("Solo 1 de 10 compromisos tienen datos", panel, StringComparison.Ordinal);
        Assert.DoesNotContain(Hundred, panel, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_SantoDomingoEveryCommitmentWithData_ShowsTheFigureWithoutCoverageNote()
    {
        // 100 × ⅓ + 95 × ⅓ + 90 × ⅓ = 95 %, from 3 of 3 commitments.
        var headline = Between(await PageAsync("/santo-domingo/plans/1"), "id=\"progress-heading\"", "id=\"compromisos\"");

        Assert.Contains("95\u00a0%", headline, StringComparison.Ordinal);
        Assert.DoesNotContain("compromisos con datos", headline, StringComparison.Ordinal);
        Assert.DoesNotContain("Sin cifra general", headline, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_EcuadorInEnglish_SaysCoverageInEnglish()
    {
        var client = factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.Add("Cookie", "__Host-opengov.lang=c%3Den%7Cuic%3Den");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/ecuador/plans/1"));

        Assert.Contains("Only 1 of 10 commitments have data: no overall progress is calculated.", html, StringComparison.Ordinal);
        Assert.Contains("No overall figure", html, StringComparison.Ordinal);
    }
}
