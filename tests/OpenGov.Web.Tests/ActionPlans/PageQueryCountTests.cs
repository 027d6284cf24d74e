using OpenGov.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace OpenGov.Web.Tests.ActionPlans;

/// <summary>
/// A public page costs the same number of SQL queries for a small plan and for one ten times larger
/// (no N+1). The figures are printed so a regression shows what changed.
/// </summary>
[Collection(WebTestCollection.Name)]
public class PageQueryCountTests(OpenGovFactory factory, ITestOutputHelper output)
{
    private const int Bound = 10;

    [Fact]
    public async Task PublicPages_TenTimesMoreData_SameQueryCount()
    {
        // Small: 3 commitments × 3 milestones, 1 update each. Large: 30 commitments × 30 milestones, 2 updates each.
        var small = await TestPlans.CreateAsync(factory, commitments: 3, extraMilestones: 0, updatesPerMilestone: 1);
        var large = await TestPlans.CreateAsync(factory, commitments: 30, extraMilestones: 27, updatesPerMilestone: 2);
        var client = factory.CreateAnonymousClient();

        foreach (var (page, smallUrl, largeUrl) in new[]
        {
            ("jurisdiction home", small.HomeUrl, large.HomeUrl),
            ("plan", small.PlanUrl, large.PlanUrl),
            ("commitment", small.CommitmentUrl("TP-01"), large.CommitmentUrl("TP-01")),
            ("milestone", small.MilestoneUrl("TP-01", 2), large.MilestoneUrl("TP-01", 2)),
            ("jurisdictions", "/jurisdictions", "/jurisdictions"),
        })
        {
            // A first request warms up EF's query cache so both measurements count the same work.
            await client.GetAsync(smallUrl);
            var n = await QueryCount.OfGetAsync(factory, client, smallUrl);
            var tenN = await QueryCount.OfGetAsync(factory, client, largeUrl);
            output.WriteLine($"{page}: {n} queries for N, {tenN} queries for 10×N");
            Assert.Equal(n, tenN);
            Assert.InRange(tenN, 1, Bound);
        }
    }
}
