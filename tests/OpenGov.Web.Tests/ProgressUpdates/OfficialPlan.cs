using Microsoft.EntityFrameworkCore;
using OpenGov.Web.Identity;
using OpenGov.Web.Tests.ActionPlans;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.ProgressUpdates;

/// <summary>
/// A generated plan (one commitment, milestones 1 done, 2 due in ten days, 3 overdue) with the ids a
/// back-office test needs: the responsible institution, another institution, and the milestones.
/// </summary>
public sealed record OfficialPlan(TestPlan Plan, int InstitutionId, int OtherInstitutionId, int CommitmentId, IReadOnlyList<int> MilestoneIds)
{
    public static async Task<OfficialPlan> CreateAsync(OpenGovFactory factory)
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        return await factory.WithDbAsync(async db =>
        {
            var institutions = await db.Institutions.Where(i => i.Jurisdiction!.Slug == plan.Slug).OrderBy(i => i.Name).ToListAsync();
            var lead = institutions.Single(i => i.Name == "Dirección de Planificación");
            var other = institutions.Single(i => i.Id != lead.Id);
            var commitment = await db.Commitments.SingleAsync(c => c.Code == plan.FirstCode && db.ActionPlans.Any(p => p.Id == c.ActionPlanId && p.Jurisdiction!.Slug == plan.Slug));
            var milestones = await db.Milestones.Where(m => m.CommitmentId == commitment.Id).OrderBy(m => m.Order).Select(m => m.Id).ToListAsync();

            // Updates and verdicts reference their author's account: the test users must exist.
            var missing = UserIds.Except(await db.Users.Where(u => UserIds.Contains(u.Id)).Select(u => u.Id).ToListAsync()).ToList();
            db.Users.AddRange(missing.Select(id => new AppUser { Id = id, UserName = id, Email = $"{id}@example.org", DisplayName = id }));
            await db.SaveChangesAsync();
            return new OfficialPlan(plan, lead.Id, other.Id, commitment.Id, milestones);
        });
    }

    /// <summary>The accounts the test scheme signs in as in these tests.</summary>
    public static readonly string[] UserIds = ["test-official", "test-official-a", "test-official-b", "test-other-official", "committee-member"];

    /// <summary>Milestone 2: in progress at 50 %, due in ten days.</summary>
    public int OpenMilestoneId => MilestoneIds[1];

    public HttpClient Official(OpenGovFactory factory, string id = "test-official") =>
        factory.CreateClientAs(new TestUser(id, [Roles.Official], [InstitutionId]));

    public HttpClient OfficialOfOtherInstitution(OpenGovFactory factory) =>
        factory.CreateClientAs(new TestUser("test-other-official", [Roles.Official], [OtherInstitutionId]));

    public static string ReportUrl(int milestoneId) => $"/my/milestones/{milestoneId}/report";

    public static string ReplanUrl(int milestoneId) => $"/my/milestones/{milestoneId}/replan";
}
