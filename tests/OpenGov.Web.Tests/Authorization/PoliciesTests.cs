using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using OpenGov.Web.Authorization;
using OpenGov.Web.Identity;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Authorization;

[Collection(WebTestCollection.Name)]
public class PoliciesTests(OpenGovFactory factory)
{
    [Theory]
    [InlineData(Policies.ReportProgress, Roles.Official)]
    [InlineData(Policies.VerifyProgress, Roles.SteeringCommittee)]
    [InlineData(Policies.PublishReports, Roles.Monitor)]
    [InlineData(Policies.Administer, Roles.Admin)]
    public async Task Policy_GrantsItsRoleOnly(string policy, string role)
    {
        var authorization = factory.Services.GetRequiredService<IAuthorizationService>();

        Assert.True((await authorization.AuthorizeAsync(SignedIn(role), policy)).Succeeded);
        foreach (var other in Roles.All.Where(r => r != role))
        {
            Assert.False((await authorization.AuthorizeAsync(SignedIn(other), policy)).Succeeded, $"{other} passed {policy}");
        }

        Assert.False((await authorization.AuthorizeAsync(new ClaimsPrincipal(new ClaimsIdentity()), policy)).Succeeded);
    }

    private static ClaimsPrincipal SignedIn(string role) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "u1"), new Claim(ClaimTypes.Role, role)], "Test"));
}
