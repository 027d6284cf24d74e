using System.Net;
using System.Net.Http.Headers;
using OpenGov.Web.Identity;
using OpenGov.Web.Tests.ActionPlans;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Caching;

/// <summary>Anonymous public pages come from the output cache; nothing personal ever goes in or comes out of it.</summary>
[Collection(WebTestCollection.Name)]
public class PublicPageCacheTests(OpenGovFactory factory)
{
    public static TheoryData<string> PublicPages => new()
    {
        "/",
        "/pastaza",
        "/jurisdictions",
        "/pastaza/plans/1",
        "/pastaza/plans/1/commitments/PZ-01",
        "/pastaza/plans/1/commitments/PZ-01/milestones/1",
        "/pastaza/reports",
        "/pastaza/meetings",
        "/pastaza/plans/1/co-creation",
        "/pastaza/plans/1/proposals",
        "/pastaza/feed.atom",
        "/pastaza/plans/1/commitments/PZ-01/feed.atom",
        "/accessibility",
        "/api",
        "/api/v1/commitments?jurisdiction=pastaza",
        "/api/v1/milestones?limit=10",
        "/openapi/v1.json",
    };

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task PublicPage_SecondAnonymousVisit_ServedFromCacheWithoutQueries(string url)
    {
        var client = factory.CreateAnonymousClient();
        var (first, _) = await CachedPages.GetAsync(client, url);

        var before = factory.QueryCounter.Count;
        var (second, fromCache) = await CachedPages.GetAsync(client, url);

        Assert.True(fromCache);
        Assert.Equal(before, factory.QueryCounter.Count);
        Assert.Equal(first, second);
    }

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task PublicPage_Anonymous_CarriesNoAntiforgeryTokenAndSetsNoCookie(string url)
    {
        var response = await factory.CreateAnonymousClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("__RequestVerificationToken", await response.Content.ReadAsStringAsync());
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies), string.Join("; ", cookies ?? []));
    }

    [Fact]
    public async Task SignedIn_NeverServedFromTheAnonymousCacheNorStoredInIt()
    {
        var plan = await TestPlans.CreateAsync(factory);
        await CachedPages.CacheAsync(factory, plan.CommitmentUrl("TP-01"));
        var citizen = factory.CreateClientAs(TestUser.InRole(Roles.Citizen));

        var signedIn = await citizen.GetAsync(plan.CommitmentUrl("TP-01"));
        var again = await citizen.GetAsync(plan.CommitmentUrl("TP-01"));
        var anonymous = await factory.CreateAnonymousClient().GetStringAsync(plan.CommitmentUrl("TP-01"));

        Assert.Null(signedIn.Headers.Age);
        Assert.Null(again.Headers.Age);
        Assert.Contains("Cerrar sesión", await signedIn.Content.ReadAsStringAsync());
        Assert.Contains("Publicar el comentario", await again.Content.ReadAsStringAsync());
        Assert.DoesNotContain("Cerrar sesión", anonymous);
        Assert.DoesNotContain("Publicar el comentario", anonymous);
    }

    [Fact]
    public async Task SignInCookie_EvenAnUnreadableOne_BypassesTheCache()
    {
        var plan = await TestPlans.CreateAsync(factory);
        await CachedPages.CacheAsync(factory, plan.PlanUrl);
        var client = factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.Add("Cookie", "__Host-opengov.auth=not-a-ticket");

        var response = await client.GetAsync(plan.PlanUrl);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.Age);
    }

    [Fact]
    public async Task StatusMessageCookie_PageRenderedForThisVisitorOnly()
    {
        var plan = await TestPlans.CreateAsync(factory);
        await CachedPages.CacheAsync(factory, plan.PlanUrl);
        var client = factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Mvc.CookieTempDataProvider=whatever");

        var response = await client.GetAsync(plan.PlanUrl);

        Assert.Null(response.Headers.Age);
    }

    [Fact]
    public async Task LanguageCookie_EachLanguageHasItsOwnCopy()
    {
        var plan = await TestPlans.CreateAsync(factory);
        var spanish = await CachedPages.CacheAsync(factory, plan.PlanUrl);
        var client = factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.Add("Cookie", "__Host-opengov.lang=c%3Den%7Cuic%3Den");

        var (english, _) = await CachedPages.GetAsync(client, plan.PlanUrl);
        var (englishAgain, fromCache) = await CachedPages.GetAsync(client, plan.PlanUrl);

        Assert.Contains("<html lang=\"es\">", spanish);
        Assert.Contains("<html lang=\"en\">", english);
        Assert.Contains("Skip to main content", english);
        Assert.True(fromCache);
        Assert.Equal(english, englishAgain);
    }

    [Fact]
    public async Task IfNoneMatch_SameCopy_Answers304UntilAWriteChangesIt()
    {
        var plan = await TestPlans.CreateAsync(factory);
        var client = factory.CreateAnonymousClient();
        var first = await client.GetAsync(plan.PlanUrl);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        var conditional = new HttpRequestMessage(HttpMethod.Get, plan.PlanUrl);
        conditional.Headers.IfNoneMatch.Add(etag);
        var notModified = await client.SendAsync(conditional);

        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(etag, notModified.Headers.ETag);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        await factory.WithDbAsync(async db =>
        {
            var jurisdiction = db.Jurisdictions.Single(j => j.Slug == plan.Slug);
            jurisdiction.BrandName += " (editado)";
            await db.SaveChangesAsync();
        });
        var afterWrite = new HttpRequestMessage(HttpMethod.Get, plan.PlanUrl);
        afterWrite.Headers.IfNoneMatch.Add(etag);
        var changed = await client.SendAsync(afterWrite);

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
        Assert.Contains("(editado)", await changed.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PublicPage_TellsBrowsersToRevalidate()
    {
        var response = await factory.CreateAnonymousClient().GetAsync("/jurisdictions");

        Assert.Equal(new CacheControlHeaderValue { NoCache = true }, response.Headers.CacheControl);
    }
}
