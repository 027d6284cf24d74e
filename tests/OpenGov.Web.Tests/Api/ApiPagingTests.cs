using Microsoft.EntityFrameworkCore;
using OpenGov.Core.Meetings;
using OpenGov.Core.Monitoring;
using OpenGov.Web.Data;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Api;

/// <summary>Walking a list page by page returns every public row exactly once, in id order, and nothing else.</summary>
[Collection(WebTestCollection.Name)]
public class ApiPagingTests(OpenGovFactory factory)
{
    public static TheoryData<string> Collections =>
        new() { "jurisdictions", "plans", "commitments", "milestones", "progress-updates", "verifications", "reports", "meetings", "workshops", "proposals" };

    [Theory]
    [MemberData(nameof(Collections))]
    public async Task EveryCollection_PagedBySeven_CoversEveryRowExactlyOnce(string collection)
    {
        var expected = await factory.WithDbAsync(db => IdsAsync(db, collection));
        var client = factory.CreateAnonymousClient();

        var (rows, pages) = await ApiClient.AllAsync(client, $"/api/v1/{collection}?limit=7");

        var ids = rows.Select(r => r.GetProperty("id").GetInt32()).ToList();
        Assert.Equal(expected, ids);
        Assert.Equal(Math.Max(1, (expected.Count + 6) / 7), pages);
        Assert.True(expected.Count > 7 || collection is not ("commitments" or "milestones"), "the seed has more than one page of these");
    }

    [Fact]
    public async Task Filters_KeepOnlyMatchingRows_AndPagingStillCoversThemAll()
    {
        var (planId, expected) = await factory.WithDbAsync(async db =>
        {
            var plan = await db.ActionPlans.Where(p => p.Jurisdiction!.Slug == "pastaza").Select(p => p.Id).FirstAsync();
            var ids = await db.Milestones.Where(m => m.Commitment!.ActionPlanId == plan).OrderBy(m => m.Id).Select(m => m.Id).ToListAsync();
            return (plan, ids);
        });
        var client = factory.CreateAnonymousClient();

        var (rows, _) = await ApiClient.AllAsync(client, $"/api/v1/milestones?plan={planId}&limit=5");

        Assert.Equal(expected, rows.Select(r => r.GetProperty("id").GetInt32()));
        Assert.All(rows, r => Assert.Equal(planId, r.GetProperty("action_plan_id").GetInt32()));
    }

    private static async Task<List<int>> IdsAsync(AppDbContext db, string collection) => collection switch
    {
        "jurisdictions" => await db.Jurisdictions.OrderBy(x => x.Id).Select(x => x.Id).ToListAsync(),
        "plans" => await db.ActionPlans.OrderBy(x => x.Id).Select(x => x.Id).ToListAsync(),
        "commitments" => await db.Commitments.OrderBy(x => x.Id).Select(x => x.Id).ToListAsync(),
        "milestones" => await db.Milestones.OrderBy(x => x.Id).Select(x => x.Id).ToListAsync(),
        "progress-updates" => await db.ProgressUpdates.OrderBy(x => x.Id).Select(x => x.Id).ToListAsync(),
        "verifications" => await db.Verifications.OrderBy(x => x.Id).Select(x => x.Id).ToListAsync(),
        "reports" => await db.MonitoringReports.Where(r => r.Status == ReportStatus.Published).OrderBy(x => x.Id).Select(x => x.Id).ToListAsync(),
        "meetings" => await db.CommitteeMeetings.Where(m => m.Status != MeetingStatus.Draft).OrderBy(x => x.Id).Select(x => x.Id).ToListAsync(),
        "workshops" => await db.Workshops.OrderBy(x => x.Id).Select(x => x.Id).ToListAsync(),
        "proposals" => await db.Proposals.OrderBy(x => x.Id).Select(x => x.Id).ToListAsync(),
        _ => throw new ArgumentOutOfRangeException(nameof(collection)),
    };
}
