using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenGov.Web.Data;

namespace OpenGov.Web.Identity;

/// <summary>
/// Adds the display name, one institution claim per institution and one jurisdiction claim per
/// jurisdiction of the user, so resource checks ("is this milestone's institution one of mine?") need no query on each request.
/// </summary>
public sealed class OpenGovClaimsPrincipalFactory(
    UserManager<AppUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options,
    AppDbContext db)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(OpenGovClaims.DisplayName, string.IsNullOrWhiteSpace(user.DisplayName) ? user.Email ?? user.UserName ?? "" : user.DisplayName));
        if (user.TwoFactorEnabled)
        {
            identity.AddClaim(new Claim(OpenGovClaims.SecondFactor, "authenticator"));
        }

        var institutionIds = await db.Users.AsNoTracking()
            .Where(u => u.Id == user.Id)
            .SelectMany(u => u.Institutions)
            .Select(i => i.Id)
            .ToListAsync();
        foreach (var id in institutionIds)
        {
            identity.AddClaim(new Claim(OpenGovClaims.Institution, id.ToString(CultureInfo.InvariantCulture)));
        }

        var jurisdictionIds = await db.Users.AsNoTracking()
            .Where(u => u.Id == user.Id)
            .SelectMany(u => u.Jurisdictions)
            .Select(j => j.Id)
            .ToListAsync();
        foreach (var id in jurisdictionIds)
        {
            identity.AddClaim(new Claim(OpenGovClaims.Jurisdiction, id.ToString(CultureInfo.InvariantCulture)));
        }

        return identity;
    }
}
