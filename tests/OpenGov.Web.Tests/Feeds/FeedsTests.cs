using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using OpenGov.Core.Meetings;
using OpenGov.Web.Tests.ActionPlans;
using OpenGov.Web.Tests.Infrastructure;
using OpenGov.Web.Tests.Meetings;

namespace OpenGov.Web.Tests.Feeds;

[Collection(WebTestCollection.Name)]
public class FeedsTests(OpenGovFactory factory)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task JurisdictionFeed_WellFormed_MinutesAndUpdatesNewestFirst_TextEscaped()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        var jurisdictionId = await MeetingData.JurisdictionIdAsync(factory, plan.Slug);
        await MeetingData.InsertAsync(factory, jurisdictionId, MeetingData.Details("<script>alert(1)</script> Acta", "<img src=x onerror=alert(2)>"),
            MeetingStatus.Published, publishedAt: DateTime.UtcNow.AddMinutes(5));
        await MeetingData.InsertAsync(factory, jurisdictionId, MeetingData.Details("Borrador fuera del feed"), MeetingStatus.Draft);

        var response = await factory.CreateAnonymousClient().GetAsync($"/{plan.Slug}/feed.atom");
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        var feed = XDocument.Parse(text).Root!;

        Assert.Equal(Atom + "feed", feed.Name);
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.True(entries.Count >= 2);
        Assert.Equal("<script>alert(1)</script> Acta", entries[0].Element(Atom + "title")!.Value.Split(": ", 2)[1].Split(" (")[0]);
        Assert.DoesNotContain("<script>", text);
        Assert.DoesNotContain(entries, e => e.Element(Atom + "title")!.Value.Contains("Borrador fuera del feed"));
        var updated = entries.Select(e => DateTime.Parse(e.Element(Atom + "updated")!.Value)).ToList();
        Assert.Equal(updated.OrderByDescending(d => d), updated);
        Assert.Contains(entries, e => e.Element(Atom + "link")!.Attribute("href")!.Value.Contains("/milestones/"));
        Assert.True(entries.Count <= 50);
    }

    [Fact]
    public async Task JurisdictionFeed_Pastaza_IncludesThePublishedMonitoringReport()
    {
        var feed = XDocument.Parse(await factory.CreateAnonymousClient().GetStringAsync("/pastaza/feed.atom")).Root!;

        var report = Assert.Single(feed.Elements(Atom + "entry"), e => e.Element(Atom + "title")!.Value.StartsWith("Informe de monitoreo:", StringComparison.Ordinal));
        Assert.Contains("/pastaza/reports/", report.Element(Atom + "link")!.Attribute("href")!.Value, StringComparison.Ordinal);
        Assert.Contains(feed.Elements(Atom + "entry"), e => e.Element(Atom + "title")!.Value.StartsWith("Acta del Comité Directivo:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CommitmentFeed_HasItsUpdates_AndPagesLinkTheFeeds()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 2);
        var client = factory.CreateAnonymousClient();

        var feed = XDocument.Parse(await client.GetStringAsync($"{plan.CommitmentUrl(plan.FirstCode)}/feed.atom")).Root!;
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.StartsWith(plan.FirstCode, e.Element(Atom + "title")!.Value));

        var page = await client.GetStringAsync(plan.CommitmentUrl(plan.FirstCode));
        Assert.Contains($"type=\"application/atom+xml\"", page);
        Assert.Contains($"{plan.CommitmentUrl(plan.FirstCode)}/feed.atom\"", page, StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"href=\"/{plan.Slug}/feed.atom\"", await client.GetStringAsync(plan.HomeUrl));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync($"{plan.CommitmentUrl("NOPE-99")}/feed.atom")).StatusCode);
    }

    [Fact]
    public async Task JurisdictionFeed_InEnglish_TitlesAndSummariesInEnglish()
    {
        var client = factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.Add("Cookie", "__Host-opengov.lang=c%3Den%7Cuic%3Den");

        var feed = XDocument.Parse(await client.GetStringAsync("/pastaza/feed.atom")).Root!;
        var titles = feed.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value).ToList();

        Assert.Equal("Conecta Pastaza: minutes, progress and reports", feed.Element(Atom + "title")!.Value);
        Assert.Contains(titles, t => t.StartsWith("Monitoring report:", StringComparison.Ordinal));
        Assert.Contains(titles, t => t.StartsWith("Minutes of the ", StringComparison.Ordinal));
        Assert.Contains(titles, t => t.Contains(": progress ", StringComparison.Ordinal));
        Assert.DoesNotContain(titles, t => t.StartsWith("Informe de monitoreo", StringComparison.Ordinal)
            || t.StartsWith("Acta del", StringComparison.Ordinal) || t.Contains(": avance ", StringComparison.Ordinal));
    }
}
