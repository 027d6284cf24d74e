using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using OpenGov.Core.Commitments;
using OpenGov.Web.Authorization;
using OpenGov.Web.Identity;

namespace OpenGov.Web.Tests.Authorization;

public class MilestoneAuthorizationHandlerTests
{
    private const int Gad = 7;
    private const int OtherInstitution = 8;

    private static Milestone MilestoneOf(int institutionId) =>
        new Commitment { Code = "PZ-01", Title = "Compromiso" }.AddMilestone("Hito", institutionId, null, new DateOnly(2026, 12, 31));

    private static ClaimsPrincipal User(string role, params int[] institutions)
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, "u1"), new(ClaimTypes.Role, role) };
        claims.AddRange(institutions.Select(i => new Claim(OpenGovClaims.Institution, i.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }

    private static async Task<bool> AllowsAsync(ClaimsPrincipal user, OperationAuthorizationRequirement operation, Milestone milestone)
    {
        var context = new AuthorizationHandlerContext([operation], user, milestone);
        await new MilestoneAuthorizationHandler().HandleAsync(context);
        return context.HasSucceeded;
    }

    [Fact]
    public async Task ReportProgress_OfficialOfResponsibleInstitution_Allowed() =>
        Assert.True(await AllowsAsync(User(Roles.Official, OtherInstitution, Gad), Operations.ReportProgress, MilestoneOf(Gad)));

    [Fact]
    public async Task ReportProgress_OfficialOfAnotherInstitution_Denied() =>
        Assert.False(await AllowsAsync(User(Roles.Official, OtherInstitution), Operations.ReportProgress, MilestoneOf(Gad)));

    [Fact]
    public async Task ReportProgress_InstitutionClaimWithoutOfficialRole_Denied() =>
        Assert.False(await AllowsAsync(User(Roles.Citizen, Gad), Operations.ReportProgress, MilestoneOf(Gad)));

    [Theory]
    [InlineData(Roles.Admin)]
    [InlineData(Roles.SteeringCommittee)]
    [InlineData(Roles.Monitor)]
    public async Task ReportProgress_NonGovernmentRoles_Denied(string role) =>
        Assert.False(await AllowsAsync(User(role, Gad), Operations.ReportProgress, MilestoneOf(Gad)));

    [Fact]
    public async Task Replan_Admin_Allowed() =>
        Assert.True(await AllowsAsync(User(Roles.Admin), Operations.Replan, MilestoneOf(Gad)));

    [Fact]
    public async Task Replan_OfficialOfAnotherInstitution_Denied() =>
        Assert.False(await AllowsAsync(User(Roles.Official, OtherInstitution), Operations.Replan, MilestoneOf(Gad)));
}
