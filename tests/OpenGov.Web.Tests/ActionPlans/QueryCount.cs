using Microsoft.Extensions.DependencyInjection;
using OpenGov.Web.Infrastructure.Caching;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.ActionPlans;

public static class QueryCount
{
    /// <summary>
    /// SQL commands sent while the page was rendered (the web tests run one at a time). The public
    /// page cache is emptied first: what is measured is the page's own cost, not a cache hit.
    /// </summary>
    public static async Task<long> OfGetAsync(OpenGovFactory factory, HttpClient client, string url)
    {
        await factory.Services.GetRequiredService<PublicPageCache>().EvictAsync();
        var before = factory.QueryCounter.Count;
        var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return factory.QueryCounter.Count - before;
    }
}
