using Microsoft.EntityFrameworkCore;
using OpenGov.Web.Tests.ActionPlans;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Follows;

public static class FollowData
{
    public static string NewAddress() => $"vecina-{Guid.NewGuid():N}@example.org";

    public static Task<int> CommitmentIdAsync(OpenGovFactory factory, TestPlan plan) =>
        factory.WithDbAsync(db => db.Commitments
            .Where(c => c.Code == plan.FirstCode && db.ActionPlans.Any(p => p.Id == c.ActionPlanId && p.Jurisdiction!.Slug == plan.Slug))
            .Select(c => c.Id)
            .SingleAsync());

    public static string FollowUrl(int commitmentId) => $"/follows/commitments/{commitmentId}";

    /// <summary>Submits the follow form, as a visitor would after following the link on the commitment page.</summary>
    public static Task<HttpResponseMessage> FollowAsync(HttpClient client, TestPlan plan, int commitmentId, string email) =>
        Forms.PostAsync(client, FollowUrl(commitmentId), FollowUrl(commitmentId), new Dictionary<string, string> { ["Email"] = email });

    /// <summary>The bodies of the outbox messages queued for one address, oldest first.</summary>
    public static Task<List<string>> OutboxBodiesAsync(OpenGovFactory factory, string email) =>
        factory.WithDbAsync(db => db.OutboxMessages.Where(m => m.To == email).OrderBy(m => m.Id).Select(m => m.Body).ToListAsync());

    /// <summary>Path of the first link in the text that points at <paramref name="prefix"/>.</summary>
    public static string LinkIn(string body, string prefix)
    {
        foreach (var word in body.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (Uri.TryCreate(word, UriKind.Absolute, out var uri) && uri.AbsolutePath.StartsWith(prefix, StringComparison.Ordinal))
            {
                return uri.PathAndQuery;
            }
        }

        Assert.Fail($"No link to {prefix} in:\n{body}");
        return "";
    }
}
