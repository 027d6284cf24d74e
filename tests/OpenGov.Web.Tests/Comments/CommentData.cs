using OpenGov.Web.Identity;
using OpenGov.Web.Tests.Account;
using OpenGov.Web.Tests.Admin;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Comments;

/// <summary>A generated commitment plus real accounts (comments keep a foreign key to their author).</summary>
public static class CommentData
{
    public static async Task<(AdminScenario Scenario, string CommitmentUrl, string MilestoneUrl)> ScenarioAsync(OpenGovFactory factory)
    {
        var scenario = await AdminData.CreateAsync(factory);
        var commitmentUrl = $"/{scenario.Slug}/plans/1/commitments/ad-01";
        return (scenario, commitmentUrl, commitmentUrl + "/milestones/1");
    }

    public static async Task<TestUser> UserAsync(OpenGovFactory factory, string role, params int[] institutionIds)
    {
        var user = await Accounts.CreateAsync(factory, roles: role);
        return new TestUser(user.Id, [role], institutionIds);
    }

    public static Task<TestUser> CitizenAsync(OpenGovFactory factory) => UserAsync(factory, Roles.Citizen);

    public static Task<HttpResponseMessage> CommentAsync(HttpClient client, string pageUrl, int commitmentId, string text) =>
        Forms.PostAsync(client, pageUrl, $"/comments/commitments/{commitmentId}", new Dictionary<string, string> { ["Text"] = text });
}
