using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OpenGov.Web.Tests.ActionPlans;
using OpenGov.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace OpenGov.Web.Tests.Search;

/// <summary>
/// The search page (ADR-039): Spanish full text without accents or case, stemming, ranking, encoded
/// highlights, filters, paging, what never appears, English content, no JavaScript, one query.
/// </summary>
[Collection(WebTestCollection.Name)]
public partial class SearchTests(OpenGovFactory factory, ITestOutputHelper output)
{
    [Theory]
    [InlineData("participacion")]
    [InlineData("PARTICIPACIÓN")]
    [InlineData("Participacion Ciudadana")]
    public async Task Search_WithoutAccentsOrInAnyCase_FindsTheAccentedTitle(string q)
    {
        var world = await SearchData.CreateAsync(factory);

        var html = await factory.CreateAnonymousClient().GetStringAsync(world.Search(q));

        Assert.Contains($"href=\"{world.Plan.CommitmentUrl("SR-01").ToLowerInvariant()}\"", html);
        Assert.Contains("<mark>Participación</mark>", html);
    }

    [Fact]
    public async Task Search_Plural_FindsTheSingular()
    {
        var world = await SearchData.CreateAsync(factory);

        var html = await factory.CreateAnonymousClient().GetStringAsync(world.Search("caminos"));

        Assert.Contains($"href=\"{world.Plan.MilestoneUrl("SR-01", 1).ToLowerInvariant()}\"", html);
        Assert.Contains("Mantenimiento del <mark>camino</mark> a la comunidad", html);
    }

    [Fact]
    public async Task Search_TitleMatch_RanksAboveBodyMatch()
    {
        var world = await SearchData.CreateAsync(factory);

        var html = await factory.CreateAnonymousClient().GetStringAsync(world.Search("huerto escolar"));

        var hrefs = ResultLinks(html);
        Assert.Equal([world.Plan.CommitmentUrl("SR-03").ToLowerInvariant(), world.Plan.CommitmentUrl("SR-02").ToLowerInvariant()], hrefs);
        Assert.Contains("2 resultados para «huerto escolar»", html);
    }

    [Fact]
    public async Task Search_SnippetWithMarkup_IsEncodedAndHighlighted()
    {
        var world = await SearchData.CreateAsync(factory);

        var client = factory.CreateAnonymousClient();

        var html = await client.GetStringAsync(world.Search("asamblea", "&kind=ProgressUpdate"));
        var title = await client.GetStringAsync(world.Search("urgente"));

        // ts_headline leaves tags out of a snippet; what remains is encoded, and only <mark> is markup.
        Assert.DoesNotContain("<script>alert", html);
        Assert.Contains("alert(&#x27;x&#x27;)", html);
        Assert.Contains("<mark>asamblea</mark> &amp;", html);
        Assert.Contains("Gestión del agua potable &lt;b&gt;<mark>urgente</mark>&lt;/b&gt;", title);
        Assert.Contains($"href=\"{world.Plan.MilestoneUrl("SR-01", 1).ToLowerInvariant()}#avance-", html);
    }

    [Fact]
    public async Task Search_KindFilter_ShowsOnlyThatKindWithCountsOfAll()
    {
        var world = await SearchData.CreateAsync(factory);
        var client = factory.CreateAnonymousClient();

        var all = await client.GetStringAsync(world.Search("participacion"));
        var milestones = await client.GetStringAsync(world.Search("camino", "&kind=Milestone"));

        // "participación": the commitment's title and the progress update's narrative.
        Assert.Contains("Compromisos (1)", all);
        Assert.Contains("Avances (1)", all);
        Assert.Equal(2, ResultLinks(all).Count);
        Assert.Equal([world.Plan.MilestoneUrl("SR-01", 1).ToLowerInvariant()], ResultLinks(milestones));
        Assert.Contains("Compromisos (1)", milestones); // the commitment "caminos vecinales", left out by the filter
        Assert.Contains("<option value=\"Milestone\" selected=\"selected\">Hitos (1)</option>", milestones);
    }

    [Fact]
    public async Task Search_JurisdictionFilter_LeavesOtherJurisdictionsOut()
    {
        var here = await SearchData.CreateAsync(factory);
        var there = await SearchData.CreateAsync(factory);
        var client = factory.CreateAnonymousClient();

        var filtered = await client.GetStringAsync(here.Search("huertos"));
        var scoped = await client.GetStringAsync($"/{here.Slug}/search?q=huertos");
        var everywhere = await client.GetStringAsync("/search?q=huertos");

        Assert.All(ResultLinks(filtered), href => Assert.StartsWith($"/{here.Slug}/", href));
        Assert.Equal(ResultLinks(filtered), ResultLinks(scoped));
        Assert.Contains($"<option value=\"{here.Slug}\" selected=\"selected\">", scoped);
        Assert.Contains(ResultLinks(everywhere), href => href.StartsWith($"/{there.Slug}/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_StatusFilter_KeepsMilestonesOfThatStatus()
    {
        var world = await SearchData.CreateAsync(factory);
        var client = factory.CreateAnonymousClient();

        var completed = await client.GetStringAsync(world.Search("diagnostico", "&status=Completed"));
        var inProgress = await client.GetStringAsync(world.Search("diagnostico", "&status=InProgress"));

        Assert.Equal([world.Plan.MilestoneUrl("TP-01", 1).ToLowerInvariant()], ResultLinks(completed));
        Assert.Empty(ResultLinks(inProgress));
        Assert.Contains("No encontramos nada con esas palabras.", inProgress);
        Assert.Contains("Buscar sin filtros", inProgress);
    }

    [Fact]
    public async Task Search_ManyResults_PagesOfTwenty()
    {
        var world = await SearchData.CreateAsync(factory, proposals: 25);
        var client = factory.CreateAnonymousClient();

        var first = await client.GetStringAsync(world.Search("ciclovias"));
        var second = await client.GetStringAsync(world.Search("ciclovias", "&page=2"));

        Assert.Equal(20, ResultLinks(first).Count);
        Assert.Equal(5, ResultLinks(second).Count);
        Assert.Contains("Página 1 de 2", first);
        Assert.Contains("rel=\"next\"", first);
        Assert.Empty(ResultLinks(first).Intersect(ResultLinks(second)));
        Assert.All(ResultLinks(second), href => Assert.StartsWith($"/{world.Slug}/plans/1/proposals#proposal-", href));

        var past = await client.GetAsync(world.Search("ciclovias", "&page=9"));
        Assert.Equal(HttpStatusCode.Redirect, past.StatusCode);
        Assert.EndsWith("page=2", past.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Search_WordInManyRows_CountsStopAtTheCap()
    {
        var world = await SearchData.CreateAsync(factory, proposals: 501);

        var html = await factory.CreateAnonymousClient().GetStringAsync(world.Search("ciclovias"));
        var text = WebUtility.HtmlDecode(html);

        Assert.Contains("Propuestas (500+)", text);
        Assert.Contains("500+ resultados para «ciclovias»", text);
        Assert.Equal(20, ResultLinks(html).Count);
    }

    [Theory]
    [InlineData("reforestacion", "reforestación")] // a draft meeting and an announced one whose minutes are not published
    [InlineData("auditoria", "auditoría")] // a draft report
    [InlineData("ornitologia", "ornitología")] // a hidden comment
    public async Task Search_DraftsUnpublishedAndHidden_NeverAppear(string q, string word)
    {
        var world = await SearchData.CreateAsync(factory);
        await SearchData.RefreshWordsAsync(factory);

        var html = await factory.CreateAnonymousClient().GetStringAsync(world.Search(q));

        // Neither found nor offered as the correction of a misspelt word: the list of words is public texts only.
        Assert.DoesNotContain(world.Plan.Slug + "/meetings/", html);
        Assert.DoesNotContain(word, html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(ResultLinks(html), href => href.Contains("/reports/", StringComparison.Ordinal) || href.Contains("/meetings/", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("partisipacion siudadana", "participación ciudadana")]
    [InlineData("PARTISIPASION", "participación")]
    [InlineData("vesinales", "vecinales")]
    public async Task Search_MisspeltWithoutAccents_FindsTheCommitmentAndSaysWhatItSearched(string q, string corrected)
    {
        var world = await SearchData.CreateAsync(factory);
        await SearchData.RefreshWordsAsync(factory);

        var html = await factory.CreateAnonymousClient().GetStringAsync(world.Search(q, "&kind=Commitment"));

        Assert.Equal([world.Plan.CommitmentUrl("SR-01").ToLowerInvariant()], ResultLinks(html));
        Assert.Contains($"1 resultado para «{corrected}»", html);
        Assert.Contains($"Ningún texto publicado dice «{q}»: buscamos las palabras más parecidas.", html);
        Assert.Contains($"value=\"{q}\"", html);
    }

    [Theory]
    [InlineData("caminos")] // another form of a word the texts use: the stem finds it, nothing to correct
    [InlineData("participación")]
    public async Task Search_KnownWords_AreNotCorrected(string q)
    {
        var world = await SearchData.CreateAsync(factory);
        await SearchData.RefreshWordsAsync(factory);

        var html = await factory.CreateAnonymousClient().GetStringAsync(world.Search(q));

        Assert.NotEmpty(ResultLinks(html));
        Assert.Contains($"resultados para «{q}»", html);
        Assert.DoesNotContain("buscamos las palabras más parecidas", html);
    }

    [Fact]
    public async Task Search_NewWord_IsFoundAtOnceAndCorrectedAfterTheNextRefresh()
    {
        var world = await SearchData.CreateAsync(factory);
        await SearchData.RefreshWordsAsync(factory);
        var word = "Quimerografía" + Letters(6);
        await factory.WithDbAsync(async db =>
        {
            var commitment = await db.Commitments.SingleAsync(c => c.ActionPlanId == world.PlanId && c.Code == "SR-03");
            commitment.Summary = $"Talleres de {word} en las escuelas.";
            await db.SaveChangesAsync();
        });
        var misspelt = "kimerografia" + word[13..]; // as heard, without the accent
        var client = factory.CreateAnonymousClient();

        var exact = await client.GetStringAsync(world.Search(word));
        var before = await client.GetStringAsync(world.Search(misspelt));
        await SearchData.RefreshWordsAsync(factory);
        var after = await client.GetStringAsync(world.Search(misspelt, "&page=1"));

        Assert.Equal([world.Plan.CommitmentUrl("SR-03").ToLowerInvariant()], ResultLinks(exact));
        Assert.Empty(ResultLinks(before));
        Assert.Equal([world.Plan.CommitmentUrl("SR-03").ToLowerInvariant()], ResultLinks(after));
        Assert.Contains($"1 resultado para «{word.ToLowerInvariant()}»", after);
    }

    [Fact]
    public async Task Search_NothingClose_SearchesAsTypedAndFindsNothing()
    {
        var world = await SearchData.CreateAsync(factory);
        await SearchData.RefreshWordsAsync(factory);

        var html = await factory.CreateAnonymousClient().GetStringAsync(world.Search("zxqwvy"));

        Assert.Contains("0 resultados para «zxqwvy»", html);
        Assert.Contains("No encontramos nada con esas palabras.", html);
        Assert.DoesNotContain("buscamos las palabras más parecidas", html);
    }

    private static string Letters(int n) => new(Enumerable.Range(0, n).Select(_ => (char)('a' + Random.Shared.Next(26))).ToArray());

    [Fact]
    public async Task Search_PublishedReportsAndMinutes_Appear()
    {
        var world = await SearchData.CreateAsync(factory);
        var client = factory.CreateAnonymousClient();

        var report = await client.GetStringAsync(world.Search("presupuesto"));
        var minutes = await client.GetStringAsync(world.Search("riego"));
        var institution = await client.GetStringAsync(world.Search("biodiversidad"));

        Assert.Single(ResultLinks(report), href => href.StartsWith($"/{world.Slug}/reports/", StringComparison.Ordinal));
        Assert.Single(ResultLinks(minutes), href => href.StartsWith($"/{world.Slug}/meetings/", StringComparison.Ordinal));
        Assert.Contains("matriz de <mark>riego</mark>", minutes);
        Assert.Equal([world.Plan.PlanUrl.ToLowerInvariant()], ResultLinks(institution));
    }

    [Fact]
    public async Task Search_EnglishWords_FindTheEnglishSummaryInTheEnglishInterface()
    {
        var world = await SearchData.CreateAsync(factory);
        var client = factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.Add("Cookie", "__Host-opengov.lang=c%3Den%7Cuic%3Den");

        var html = await client.GetStringAsync(world.Search("roads transparency"));

        Assert.Equal([world.Plan.CommitmentUrl("SR-01").ToLowerInvariant()], ResultLinks(html));
        Assert.Contains("1 result for “roads transparency”", html);
        Assert.Contains("<mark>roads</mark>", html);
        Assert.Contains("Commitments (1)", html);
    }

    [Theory]
    [InlineData("", "Escriba al menos dos letras para buscar.", "Error:")]
    [InlineData("a", "Escriba al menos dos letras para buscar.", "Error:")]
    public async Task Search_TooShort_SaysWhyAndSearchesNothing(string q, string message, string title)
    {
        var response = await factory.CreateAnonymousClient().GetAsync($"/search?q={q}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, html);
        Assert.Contains($"<title>{title}", html);
        Assert.DoesNotContain("resultados para", html);
    }

    [Fact]
    public async Task Search_TooShortInEnglish_SaysWhyInEnglish()
    {
        var client = factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.Add("Cookie", "__Host-opengov.lang=c%3Den%7Cuic%3Den");

        var html = await client.GetStringAsync("/search?q=x");

        Assert.Contains("Type at least two letters to search.", html);
    }

    [Fact]
    public async Task EveryPage_HeaderSearchBox_IsAPlainGetForm()
    {
        var world = await SearchData.CreateAsync(factory);
        var client = factory.CreateAnonymousClient();

        var home = await client.GetStringAsync("/");
        var plan = await client.GetStringAsync(world.Plan.PlanUrl.ToLowerInvariant());

        Assert.Contains("<form class=\"search-box\" method=\"get\" action=\"/search\" role=\"search\">", home);
        Assert.Contains($"<form class=\"search-box\" method=\"get\" action=\"/{world.Slug}/search\" role=\"search\">", plan);
        // The results are in the HTML the server sends: nothing to run in the browser.
        var results = await client.GetStringAsync($"/{world.Slug}/search?q=huertos");
        Assert.Equal(2, ResultLinks(results).Count);
        Assert.DoesNotContain("<script", results);
    }

    [Fact]
    public async Task SearchPage_OneQueryForTheSearch_WhateverTheDataSize()
    {
        var small = await SearchData.CreateAsync(factory);
        var large = await SearchData.CreateAsync(factory, commitments: 30, proposals: 60);
        var client = factory.CreateAnonymousClient();
        await client.GetAsync(small.Search("participacion"));

        // Without a query the page costs only the header's list of jurisdictions; a search adds one query.
        var header = await QueryCount.OfGetAsync(factory, client, "/search");
        var n = await QueryCount.OfGetAsync(factory, client, small.Search("participacion"));
        var tenN = await QueryCount.OfGetAsync(factory, client, large.Search("ciclovias", "&page=2"));
        output.WriteLine($"header {header}, search {n}, larger search {tenN}");

        Assert.Equal(header + 1, n);
        Assert.Equal(n, tenN);
    }

    private static List<string> ResultLinks(string html) =>
        ResultLink().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups["href"].Value)).ToList();

    [GeneratedRegex("<h3 class=\"search-result__title\"><a href=\"(?<href>[^\"]*)\"")]
    private static partial Regex ResultLink();
}
