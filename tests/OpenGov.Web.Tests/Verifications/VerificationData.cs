using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenGov.Core.Commitments;
using OpenGov.Web.Data.Seed;
using OpenGov.Web.Identity;
using OpenGov.Web.Tests.ActionPlans;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Verifications;

/// <summary>Committee members (real users, since verdicts reference their reviewer) and progress updates of test plans.</summary>
public static partial class VerificationData
{
    public const string QueueUrl = "/committee/verifications";

    public static string VerdictUrl(int updateId) => $"{QueueUrl}/{updateId}";

    /// <summary>
    /// The demo committee member, signed in through the test scheme with their real user id, as a
    /// member of the test plan's steering body (attached to its jurisdiction).
    /// </summary>
    public static Task<TestUser> CommitteeMemberAsync(OpenGovFactory factory, TestPlan plan) => MemberAsync(factory, DemoAccounts.CommitteeEmail, plan);

    /// <summary>A second member: another real account that the test scheme gives the committee role.</summary>
    public static Task<TestUser> OtherCommitteeMemberAsync(OpenGovFactory factory, TestPlan plan) => MemberAsync(factory, DemoAccounts.MonitorEmail, plan);

    public static Task<int> JurisdictionIdAsync(OpenGovFactory factory, string slug) =>
        factory.WithDbAsync(db => db.Jurisdictions.Where(j => j.Slug == slug).Select(j => j.Id).SingleAsync());

    private static async Task<TestUser> MemberAsync(OpenGovFactory factory, string email, TestPlan plan)
    {
        var normalized = email.ToUpperInvariant();
        var id = await factory.WithDbAsync(db => db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => u.Id).SingleAsync());
        return new TestUser(id, [Roles.SteeringCommittee], [], [await JurisdictionIdAsync(factory, plan.Slug)]);
    }

    /// <summary>Appends a progress update to milestone <paramref name="order"/> of TP-01 and returns its id.</summary>
    public static Task<int> AddUpdateAsync(OpenGovFactory factory, TestPlan plan, int order, int progress, DateTime reportedAt, string narrative) =>
        factory.WithDbAsync(async db =>
        {
            var milestone = await db.Milestones
                .Where(m => m.Order == order && m.Commitment!.Code == plan.FirstCode)
                .Where(m => db.ActionPlans.Any(p => p.Id == m.Commitment!.ActionPlanId && p.Jurisdiction!.Slug == plan.Slug))
                .SingleAsync();
            var update = milestone.RecordProgress(progress, MilestoneStatus.InProgress, narrative, reportedAt,
                evidence: new Evidence([], [EvidenceLink.Create("https://example.org/acta.pdf")]));
            await db.SaveChangesAsync();
            return update.Id;
        });

    /// <summary>The ids of the updates of one milestone of TP-01, oldest first.</summary>
    public static Task<List<int>> UpdateIdsAsync(OpenGovFactory factory, TestPlan plan, int order) =>
        factory.WithDbAsync(db => db.ProgressUpdates
            .Where(u => db.Milestones.Any(m => m.Id == u.MilestoneId && m.Order == order && m.Commitment!.Code == plan.FirstCode
                && db.ActionPlans.Any(p => p.Id == m.Commitment!.ActionPlanId && p.Jurisdiction!.Slug == plan.Slug)))
            .OrderBy(u => u.ReportedAt).ThenBy(u => u.Id)
            .Select(u => u.Id)
            .ToListAsync());

    /// <summary>Page text without tags and with whitespace (including no-break spaces) collapsed, for phrase assertions.</summary>
    public static string Flatten(string html) =>
        Whitespace().Replace(Tags().Replace(System.Net.WebUtility.HtmlDecode(html), " "), " ");

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
