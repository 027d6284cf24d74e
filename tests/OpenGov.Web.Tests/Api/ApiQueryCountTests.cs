using OpenGov.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace OpenGov.Web.Tests.Api;

/// <summary>A page of the API costs a few queries however many rows it holds: no query per row.</summary>
[Collection(WebTestCollection.Name)]
public class ApiQueryCountTests(OpenGovFactory factory, ITestOutputHelper output)
{
    [Theory]
    [InlineData("/api/v1/plans?x=1", 1)]
    [InlineData("/api/v1/plans?asOf=2026-06-30&x=1", 3)]
    [InlineData("/api/v1/commitments?x=1", 3)]
    [InlineData("/api/v1/commitments?asOf=2026-06-30&x=1", 3)]
    [InlineData("/api/v1/milestones?x=1", 2)]
    [InlineData("/api/v1/progress-updates?x=1", 1)]
    [InlineData("/api/v1/reports?x=1", 1)]
    public async Task ListPage_SameFewQueries_ForTwoRowsAndForTwoHundred(string url, int bound)
    {
        var client = factory.CreateAnonymousClient();
        var counts = new List<int>();
        foreach (var limit in new[] { 2, 200 })
        {
            // A query string of its own, so the page is not answered from the output cache.
            var before = factory.QueryCounter.Count;
            await ApiClient.GetJsonAsync(client, $"{url}&limit={limit}&fresh={Guid.NewGuid():N}");
            counts.Add((int)(factory.QueryCounter.Count - before));
        }

        output.WriteLine($"{url}: {string.Join(", ", counts)} queries");
        Assert.All(counts, c => Assert.True(c <= bound, $"{url}: {string.Join(", ", counts)} queries, bound {bound}"));
    }
}
