using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Caching;

/// <summary>Anonymous GETs that tell whether the public-page cache answered (it adds an Age header).</summary>
public static class CachedPages
{
    public static async Task<(string Html, bool FromCache)> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsStringAsync(), response.Headers.Age is not null);
    }

    /// <summary>Loads the page twice and checks the second answer came from the cache: the write under test must evict it.</summary>
    public static async Task<string> CacheAsync(OpenGovFactory factory, string url)
    {
        var client = factory.CreateAnonymousClient();
        await GetAsync(client, url);
        var (html, fromCache) = await GetAsync(client, url);
        Assert.True(fromCache, $"{url} was not served from the cache the second time.");
        return html;
    }

    /// <summary>The next anonymous visitor's view of the page, which must have been rendered again.</summary>
    public static async Task<string> NextVisitAsync(OpenGovFactory factory, string url)
    {
        var (html, fromCache) = await GetAsync(factory.CreateAnonymousClient(), url);
        Assert.False(fromCache, $"{url} still came from the cache after the write.");
        return System.Net.WebUtility.HtmlDecode(html);
    }
}
