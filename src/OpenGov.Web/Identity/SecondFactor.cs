using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace OpenGov.Web.Identity;

/// <summary>Who must sign in with an authenticator app: the roles that verify, publish and administer (ADR-044).</summary>
public static class SecondFactor
{
    public static readonly IReadOnlyList<string> RequiredForRoles = [Roles.Admin, Roles.SteeringCommittee, Roles.Monitor];

    public static bool IsRequiredFor(IEnumerable<string> roles) => roles.Any(RequiredForRoles.Contains);

    /// <summary>
    /// A person signed in with the portal's cookie whose roles require a second factor and whose account
    /// has none yet: they may only enrol (or sign out) until they do.
    /// </summary>
    public static bool MustEnrol(ClaimsPrincipal user) =>
        user.Identity is { IsAuthenticated: true, AuthenticationType: var type }
        && type == IdentityConstants.ApplicationScheme
        && RequiredForRoles.Any(user.IsInRole)
        && !user.HasClaim(c => c.Type == OpenGovClaims.SecondFactor);
}
