using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using OpenGov.Web.Authorization;
using OpenGov.Web.Identity;

namespace OpenGov.Web.Tests.Authorization;

public class JurisdictionScopeAuthorizationHandlerTests
{
    private const int Pastaza = 1;
    private const int Quito = 3;

    private static ClaimsPrincipal User(string role, params int[] jurisdictions)
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, "u1"), new(ClaimTypes.Role, role) };
        claims.AddRange(jurisdictions.Select(j => new Claim(OpenGovClaims.Jurisdiction, j.ToString(CultureInfo.InvariantCulture))));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }

    private static async Task<bool> AllowsAsync(ClaimsPrincipal user, OperationAuthorizationRequirement operation, int jurisdictionId)
    {
        var context = new AuthorizationHandlerContext([operation], user, new JurisdictionScope(jurisdictionId));
        await new JurisdictionScopeAuthorizationHandler().HandleAsync(context);
        return context.HasSucceeded;
    }

    [Fact]
    public async Task RecordMeetings_MemberOfTheJurisdiction_Allowed() =>
        Assert.True(await AllowsAsync(User(Roles.SteeringCommittee, Quito, Pastaza), Operations.RecordMeetings, Pastaza));

    [Fact]
    public async Task RecordMeetings_MemberOfAnotherJurisdiction_Denied() =>
        Assert.False(await AllowsAsync(User(Roles.SteeringCommittee, Quito), Operations.RecordMeetings, Pastaza));

    [Fact]
    public async Task RecordMeetings_MemberOfNoJurisdiction_Denied() =>
        Assert.False(await AllowsAsync(User(Roles.SteeringCommittee), Operations.RecordMeetings, Pastaza));

    [Fact]
    public async Task RecordMeetings_AdminWithoutJurisdiction_Allowed() =>
        Assert.True(await AllowsAsync(User(Roles.Admin), Operations.RecordMeetings, Pastaza));

    [Theory]
    [InlineData(Roles.Monitor)]
    [InlineData(Roles.Official)]
    [InlineData(Roles.Citizen)]
    public async Task RecordMeetings_OtherRolesOfTheJurisdiction_Denied(string role) =>
        Assert.False(await AllowsAsync(User(role, Pastaza), Operations.RecordMeetings, Pastaza));

    [Fact]
    public async Task WriteReports_MonitorOfTheJurisdiction_Allowed() =>
        Assert.True(await AllowsAsync(User(Roles.Monitor, Pastaza), Operations.WriteReports, Pastaza));

    [Fact]
    public async Task WriteReports_MonitorOfAnotherJurisdiction_Denied() =>
        Assert.False(await AllowsAsync(User(Roles.Monitor, Quito), Operations.WriteReports, Pastaza));

    [Theory]
    [InlineData(Roles.Admin)]
    [InlineData(Roles.SteeringCommittee)]
    [InlineData(Roles.Official)]
    public async Task WriteReports_NonMonitorRolesOfTheJurisdiction_Denied(string role) =>
        Assert.False(await AllowsAsync(User(role, Pastaza), Operations.WriteReports, Pastaza));

    [Fact]
    public async Task UnknownOperation_Denied() =>
        Assert.False(await AllowsAsync(User(Roles.Admin, Pastaza), Operations.ReportProgress, Pastaza));
}
