using System.Net;
using System.Xml.Linq;
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

    private static string Section(string html, string headingId)
    {
        var from = html.IndexOf($"id=\"{headingId}\"", StringComparison.Ordinal);
        Assert.True(from >= 0, $"{headingId} not found");
        var to = html.IndexOf("</section>", from, StringComparison.Ordinal);
        return html[from..to];
    }

    [Fact]
    public async Task Home_PastazaHeadlineProgress_IsLabelledIllustrative()
    {
        var panel = Section(await PageAsync("/"), "plan-heading");

        Assert.Contains("Avance general del plan", panel, StringComparison.Ordinal);
        Assert.Contains("Datos ilustrativos", panel, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_PastazaHeadlineProgress_IsLabelledIllustrative()
    {
        var headline = Section(await PageAsync("/pastaza/plans/1"), "progress-heading");

        Assert.Contains("Datos ilustrativos", headline, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("due-heading", "<li>")]
    [InlineData("overdue-heading", "<li>")]
    [InlineData("updates-heading", "<li class=\"updates__item\">")]
    public async Task Home_PastazaMilestoneAndUpdateLists_LabelEveryItemIllustrative(string headingId, string itemStart)
    {
        var items = Section(await PageAsync("/"), headingId).Split(itemStart).Skip(1).ToList();

        Assert.NotEmpty(items);
        Assert.All(items, item => Assert.Contains("Datos ilustrativos", item, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Jurisdictions_PastazaRowIsLabelledIllustrativeAndSantoDomingoIsNot()
    {
        var cards = (await PageAsync("/jurisdictions")).Split("<li class=\"card\">").Skip(1).ToList();

        Assert.Contains("Datos ilustrativos", Assert.Single(cards, c => c.Contains("/pastaza/plans/1", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.DoesNotContain("Datos ilustrativos", Assert.Single(cards, c => c.Contains("/santo-domingo/plans/1", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feed_PastazaProgressEntries_SayIllustrativeInTitleAndSummary()
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(await factory.CreateAnonymousClient().GetStringAsync("/pastaza/feed.atom")).Root!;

        var progress = feed.Elements(atom + "entry")
            .Where(e => e.Element(atom + "link")!.Attribute("href")!.Value.Contains("/milestones/", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(progress);
        Assert.All(progress, e =>
        {
            Assert.EndsWith("(datos ilustrativos)", e.Element(atom + "title")!.Value, StringComparison.Ordinal);
            Assert.Contains("Datos ilustrativos", e.Element(atom + "summary")!.Value, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Feed_SantoDomingoDocumentEntries_AreNotLabelledIllustrative()
    {
        var text = await factory.CreateAnonymousClient().GetStringAsync("/santo-domingo/feed.atom");

        Assert.DoesNotContain("Datos ilustrativos", text, StringComparison.Ordinal);
    }
}
