using System.Globalization;
using System.Security.Claims;
using OpenGov.Web.Identity;

namespace OpenGov.Web.Authorization;

/// <summary>The institutions and jurisdictions a signed-in user belongs to, read from their claims (no query).</summary>
public static class UserScopes
{
    public static IReadOnlySet<int> InstitutionIds(this ClaimsPrincipal user) => Ids(user, OpenGovClaims.Institution);

    public static IReadOnlySet<int> JurisdictionIds(this ClaimsPrincipal user) => Ids(user, OpenGovClaims.Jurisdiction);

    private static HashSet<int> Ids(ClaimsPrincipal user, string claimType) =>
        user.FindAll(claimType)
            .Select(c => int.TryParse(c.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : 0)
            .Where(id => id > 0)
            .ToHashSet();
}
