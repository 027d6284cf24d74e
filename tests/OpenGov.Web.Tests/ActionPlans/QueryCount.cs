using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.ActionPlans;

public static class QueryCount
{
    /// <summary>SQL commands sent while the page was served (the web tests run one at a time).</summary>
    public static async Task<long> OfGetAsync(OpenGovFactory factory, HttpClient client, string url)
    {
        var before = factory.QueryCounter.Count;
        var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return factory.QueryCounter.Count - before;
    }
}
