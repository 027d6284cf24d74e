using OpenGov.Web.Identity;
using OpenGov.Web.Tests.Account;
using OpenGov.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace OpenGov.Web.Tests.ActionPlans;

/// <summary>
/// A public page costs the same small number of SQL queries for a small plan and for one ten times
/// larger (no N+1), and a citizen's commitment page only a couple more. The figures are printed, and
/// the queries themselves when a bound is broken (or OPENGOV_PRINT_QUERIES is set), so a regression
/// shows what changed.
/// </summary>
[Collection(WebTestCollection.Name)]
public class PageQueryCountTests(OpenGovFactory factory, ITestOutputHelper output)
{
    // The plan, commitment and milestone pages read their progress history for the chart in one query (ADR-040).
    private const int Bound = 7;
    private const int SignedInBound = 8;

    // As of a past day the pages replay the history (ADR-029, ADR-034) in as many queries as today's.
    private static readonly string Yesterday = "?asOf=" + DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task PublicPages_TenTimesMoreData_SameQueryCount()
    {
        var (small, large) = await CreatePlansAsync();
        var client = factory.CreateAnonymousClient();

        foreach (var (page, smallUrl, largeUrl) in new[]
        {
            ("jurisdiction home", small.HomeUrl, large.HomeUrl),
            ("plan", small.PlanUrl, large.PlanUrl),
            ("commitment", small.CommitmentUrl("TP-01"), large.CommitmentUrl("TP-01")),
            ("milestone", small.MilestoneUrl("TP-01", 2), large.MilestoneUrl("TP-01", 2)),
            ("jurisdictions", "/jurisdictions", "/jurisdictions"),
            ("reports", $"/{small.Slug}/reports", $"/{large.Slug}/reports"),
            ("meetings", $"/{small.Slug}/meetings", $"/{large.Slug}/meetings"),
            ("feed", $"/{small.Slug}/feed.atom", $"/{large.Slug}/feed.atom"),
            ("Pastaza's reports", "/pastaza/reports", "/pastaza/reports"),
            ("plan as of yesterday", small.PlanUrl + Yesterday, large.PlanUrl + Yesterday),
            ("commitment as of yesterday", small.CommitmentUrl("TP-01") + Yesterday, large.CommitmentUrl("TP-01") + Yesterday),
            ("milestone as of yesterday", small.MilestoneUrl("TP-01", 2) + Yesterday, large.MilestoneUrl("TP-01", 2) + Yesterday),
            ("plan compared with 30 days ago", small.PlanUrl + "/compare", large.PlanUrl + "/compare"),
        })
        {
            await AssertSameBoundedCountAsync(client, page, smallUrl, largeUrl, Bound);
        }
    }

    [Fact]
    public async Task CommitmentPage_SignedInCitizen_FewQueriesMore()
    {
        var (small, large) = await CreatePlansAsync();
        // Signed in through the form, so the count includes what a real session costs (the
        // security-stamp check of ADR-008).
        var citizen = await Accounts.CreateAsync(factory, roles: [Roles.Citizen]);
        var client = factory.CreateAnonymousClient();
        await Accounts.SignInAsync(client, citizen.Email!, Accounts.Password);
        Assert.Contains("Publicar el comentario", await client.GetStringAsync(small.CommitmentUrl("TP-01")));

        await AssertSameBoundedCountAsync(client, "commitment, signed in", small.CommitmentUrl("TP-01"), large.CommitmentUrl("TP-01"), SignedInBound);
    }

    private async Task<(TestPlan Small, TestPlan Large)> CreatePlansAsync() =>
        // Small: 3 commitments × 3 milestones, 1 update each. Large: 30 commitments × 30 milestones, 2 updates each.
        (await TestPlans.CreateAsync(factory, commitments: 3, extraMilestones: 0, updatesPerMilestone: 1),
         await TestPlans.CreateAsync(factory, commitments: 30, extraMilestones: 27, updatesPerMilestone: 2));

    private async Task AssertSameBoundedCountAsync(HttpClient client, string page, string smallUrl, string largeUrl, int bound)
    {
        // A first request warms up EF's query cache so both measurements count the same work.
        await client.GetAsync(smallUrl);
        factory.QueryCounter.Recording = true;
        try
        {
            factory.QueryCounter.TakeRecorded();
            var n = await QueryCount.OfGetAsync(factory, client, smallUrl);
            var tenN = await QueryCount.OfGetAsync(factory, client, largeUrl);
            var queries = factory.QueryCounter.TakeRecorded();
            output.WriteLine($"{page}: {n} queries for N, {tenN} queries for 10×N");
            if (n != tenN || tenN > bound || Environment.GetEnvironmentVariable("OPENGOV_PRINT_QUERIES") is not null)
            {
                output.WriteLine(string.Join("\n---\n", queries));
            }

            Assert.Equal(n, tenN);
            Assert.InRange(tenN, 1, bound);
        }
        finally
        {
            factory.QueryCounter.Recording = false;
        }
    }
}
