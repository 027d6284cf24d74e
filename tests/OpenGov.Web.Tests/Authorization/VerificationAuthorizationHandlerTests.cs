using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using OpenGov.Web.Authorization;
using OpenGov.Web.Identity;

namespace OpenGov.Web.Tests.Authorization;

public class VerificationAuthorizationHandlerTests
{
    private const int Pastaza = 1;
    private const int SantoDomingo = 2;
    private const int Gad = 7;
    private const int OtherInstitution = 8;

    private static readonly VerificationTarget GadUpdate = new(Pastaza, Gad, "official-1");

    private static ClaimsPrincipal User(string id, string[] roles, int[] jurisdictions, params int[] institutions)
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, id) };
        claims.AddRange(roles.Select(r => new Claim(ClaimTypes.Role, r)));
        claims.AddRange(jurisdictions.Select(j => new Claim(OpenGovClaims.Jurisdiction, j.ToString(CultureInfo.InvariantCulture))));
        claims.AddRange(institutions.Select(i => new Claim(OpenGovClaims.Institution, i.ToString(CultureInfo.InvariantCulture))));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }

    private static ClaimsPrincipal Member(int[] jurisdictions, params int[] institutions) =>
        User("member-1", [Roles.SteeringCommittee], jurisdictions, institutions);

    private static async Task<bool> AllowsAsync(ClaimsPrincipal user, VerificationTarget target, OperationAuthorizationRequirement? operation = null)
    {
        var context = new AuthorizationHandlerContext([operation ?? Operations.Verify], user, target);
        await new VerificationAuthorizationHandler().HandleAsync(context);
        return context.HasSucceeded;
    }

    [Fact]
    public async Task Verify_MemberOfTheJurisdiction_Allowed() =>
        Assert.True(await AllowsAsync(Member([Pastaza]), GadUpdate));

    [Fact]
    public async Task Verify_MemberOfAnotherJurisdiction_Denied() =>
        Assert.False(await AllowsAsync(Member([SantoDomingo]), GadUpdate));

    [Fact]
    public async Task Verify_MemberOfNoJurisdiction_Denied() =>
        Assert.False(await AllowsAsync(Member([]), GadUpdate));

    [Fact]
    public async Task Verify_MemberWhoIsAlsoOfficialOfTheResponsibleInstitution_Denied() =>
        Assert.False(await AllowsAsync(User("member-1", [Roles.SteeringCommittee, Roles.Official], [Pastaza], OtherInstitution, Gad), GadUpdate));

    [Fact]
    public async Task Verify_MemberWhoIsOfficialOfAnotherInstitution_Allowed() =>
        Assert.True(await AllowsAsync(User("member-1", [Roles.SteeringCommittee, Roles.Official], [Pastaza], OtherInstitution), GadUpdate));

    [Fact]
    public async Task Verify_MemberWhoReportedTheUpdate_Denied() =>
        Assert.False(await AllowsAsync(User("official-1", [Roles.SteeringCommittee], [Pastaza]), GadUpdate));

    [Fact]
    public async Task Verify_UpdateFromADocumentWithoutAuthor_Allowed() =>
        Assert.True(await AllowsAsync(Member([Pastaza]), GadUpdate with { AuthorId = null }));

    [Theory]
    [InlineData(Roles.Admin)]
    [InlineData(Roles.Monitor)]
    [InlineData(Roles.Official)]
    [InlineData(Roles.Citizen)]
    public async Task Verify_OtherRolesOfTheJurisdiction_Denied(string role) =>
        Assert.False(await AllowsAsync(User("u2", [role], [Pastaza]), GadUpdate));

    [Fact]
    public async Task OtherOperation_Denied() =>
        Assert.False(await AllowsAsync(Member([Pastaza]), GadUpdate, Operations.RecordMeetings));
}
