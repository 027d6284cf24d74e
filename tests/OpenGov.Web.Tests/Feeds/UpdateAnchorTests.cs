using System.Xml.Linq;
using OpenGov.Web.Tests.ActionPlans;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Feeds;

/// <summary>Feed entries about a progress update link to that update on the milestone page, and the anchor exists there.</summary>
[Collection(WebTestCollection.Name)]
public class UpdateAnchorTests(OpenGovFactory factory)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task CommitmentFeed_EntryLinks_LandOnTheUpdateOnTheMilestonePage()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1, updatesPerMilestone: 2);
        var client = factory.CreateAnonymousClient();

        var feed = XDocument.Parse(await client.GetStringAsync($"{plan.CommitmentUrl(plan.FirstCode)}/feed.atom"));
        var links = feed.Root!.Elements(Atom + "entry")
            .Select(e => new Uri(e.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")!.Value))
            .ToList();

        Assert.Equal(6, links.Count);
        foreach (var link in links)
        {
            Assert.StartsWith("#avance-", link.Fragment);
            var page = await client.GetStringAsync(link.PathAndQuery);
            Assert.Contains($"id=\"{link.Fragment[1..]}\"", page);
        }
    }
}
