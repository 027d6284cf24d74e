using System.Net;
using OpenGov.Web.Tests.Infrastructure;
using OpenGov.Web.Tests.Verifications;

namespace OpenGov.Web.Tests.Milestones;

/// <summary>
/// Dates a document does not give are marked as assumed and never make a milestone late; a completion
/// date nobody gives is "sin fecha de cierre", not "on time" (ADR-022). Santo Domingo's document dates
/// none of its milestones (SD-02 and SD-03 were "in their final stage"); Ecuador's EC-02 was completed
/// on an unknown day.
/// </summary>
[Collection(WebTestCollection.Name)]
public class AssumedDatesTests(OpenGovFactory factory)
{
    private async Task<string> PageAsync(string url) =>
        VerificationData.Flatten(await factory.CreateAnonymousClient().GetStringAsync(url));

    [Theory]
    [InlineData("sd-02")]
    [InlineData("sd-03")]
    public async Task Commitment_SantoDomingoAssumedEndDate_IsNotOverdueAndSaysTheDateIsAssumed(string code)
    {
        var page = await PageAsync($"/santo-domingo/plans/1/commitments/{code}");

        Assert.DoesNotContain("Vencido", page, StringComparison.Ordinal);
        Assert.Contains("31 de diciembre de 2022 (fecha supuesta)", page, StringComparison.Ordinal);
        Assert.Contains("Sin fecha", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Milestone_SantoDomingoAssumedEndDate_ShowsNoDelayAndSaysTheDatesAreAssumed()
    {
        var page = await PageAsync("/santo-domingo/plans/1/commitments/sd-02/milestones/1");

        Assert.DoesNotContain("Vencido", page, StringComparison.Ordinal);
        Assert.DoesNotContain("días de retraso", page, StringComparison.Ordinal);
        Assert.Contains("fechas supuestas", page, StringComparison.Ordinal);
        Assert.Contains("Desviación Sin fecha", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/santo-domingo/plans/1/commitments/sd-01/milestones/1")]
    [InlineData("/ecuador/plans/1/commitments/ec-02/milestones/3")]
    public async Task Milestone_CompletedOnUnknownDay_SaysNoCompletionDateRatherThanOnSchedule(string url)
    {
        var page = await PageAsync(url);

        Assert.Contains("Desviación Sin fecha de cierre", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Según lo planificado", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commitment_Ec02CompletedOnUnknownDays_TableSaysNoCompletionDateNotZero()
    {
        var html = WebUtility.HtmlDecode(await factory.CreateAnonymousClient().GetStringAsync("/ecuador/plans/1/commitments/ec-02"));

        Assert.Equal(5, html.Split("Sin fecha de cierre").Length - 1);
        Assert.DoesNotMatch("<td[^>]* class=\"num\">0</td>", html);
    }

    [Fact]
    public async Task Home_SantoDomingo_ListsNoOverdueMilestones()
    {
        var page = await PageAsync("/santo-domingo");

        Assert.Contains("No hay hitos vencidos.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Vencido", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Milestone_InEnglish_SaysAssumedDatesAndNoCompletionDateInEnglish()
    {
        var client = factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.Add("Cookie", "__Host-opengov.lang=c%3Den%7Cuic%3Den");

        var commitment = VerificationData.Flatten(await client.GetStringAsync("/santo-domingo/plans/1/commitments/sd-02"));
        var completed = VerificationData.Flatten(await client.GetStringAsync("/santo-domingo/plans/1/commitments/sd-01/milestones/1"));

        Assert.Contains("31 December 2022 (assumed date)", commitment, StringComparison.Ordinal);
        Assert.Contains("No date", commitment, StringComparison.Ordinal);
        Assert.Contains("No completion date", completed, StringComparison.Ordinal);
        Assert.Contains("(assumed dates: the source does not give them)", completed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_EcuadorTimeline_SaysNoCompletionDateAndAssumedDatesForEc02()
    {
        var html = WebUtility.HtmlDecode(await factory.CreateAnonymousClient().GetStringAsync("/ecuador/plans/1"));
        var timeline = html[html.IndexOf("id=\"timeline-heading\"", StringComparison.Ordinal)..];

        Assert.Equal(5, timeline.Split("Sin fecha de cierre").Length - 1);
        Assert.Contains("31 de diciembre de 2022 (fecha supuesta)", timeline, StringComparison.Ordinal);
        Assert.Contains("class=\"bar-assumed\"", timeline, StringComparison.Ordinal);
    }
}
