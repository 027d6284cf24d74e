using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using OpenGov.Web.Identity;

namespace OpenGov.Web.Authorization;

/// <summary>
/// An Official replies to comments on a commitment only in the name of one of the commitment's
/// institutions: a reply marked "official" must come from someone who answers for it.
/// </summary>
public sealed class CommitmentInstitutionsAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, CommitmentInstitutions>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, CommitmentInstitutions resource)
    {
        if (requirement.Name == nameof(Operations.ReplyToComments) && SharedInstitutions(context.User, resource).Any())
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }

    /// <summary>The commitment's institutions the user belongs to, as an Official (none for other roles).</summary>
    public static IEnumerable<int> SharedInstitutions(System.Security.Claims.ClaimsPrincipal user, CommitmentInstitutions resource)
    {
        if (!user.IsInRole(Roles.Official))
        {
            return [];
        }

        var own = user.FindAll(OpenGovClaims.Institution)
            .Select(c => int.TryParse(c.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : 0)
            .ToHashSet();
        return resource.InstitutionIds.Where(own.Contains);
    }
}
