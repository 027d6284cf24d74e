using System.Net;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Home;

/// <summary>Demo content that no document gives must say so wherever it shows (seeds README).</summary>
[Collection(WebTestCollection.Name)]
public class IllustrativeDataTests(OpenGovFactory factory)
{
    private async Task<string> PageAsync(string url) =>
        WebUtility.HtmlDecode(await factory.CreateAnonymousClient().GetStringAsync(url));

    [Fact]
    public async Task Home_PastazaDemoCommitments_AreLabelledIllustrativeOnEveryCard()
    {
        var html = await PageAsync("/");

        var cards = html.Split("<li class=\"card\">").Skip(1).ToList();
        Assert.NotEmpty(cards);
        Assert.All(cards, card => Assert.Contains("Datos ilustrativos", card, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Plan_SantoDomingoDocumentCommitments_AreNotLabelledIllustrative()
    {
        var html = await PageAsync("/santo-domingo/plans/1");

        Assert.DoesNotContain("Datos ilustrativos", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Milestone_PastazaDemoUpdates_SayIllustrativeNotPublishedDocument()
    {
        var html = await PageAsync("/pastaza/plans/1/commitments/pz-01/milestones/1");

        Assert.Contains("Datos ilustrativos.", html, StringComparison.Ordinal);
        Assert.Contains("Dato ilustrativo de demostración", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Tomado de un documento publicado", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Milestone_EcuadorDocumentUpdates_CiteThePublishedDocument()
    {
        var html = await PageAsync("/ecuador/plans/1/commitments/ec-02/milestones/1");

        Assert.Contains("Tomado de un documento publicado", html, StringComparison.Ordinal);
    }
}
