using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using OpenGov.Web.Identity;

namespace OpenGov.Web.Authorization;

/// <summary>
/// Who may turn the second key on a progress update (ADR-009, ADR-020): a member of the steering
/// body of the update's jurisdiction who neither reported it nor belongs to the institution that
/// answers for the milestone. The hand that reported cannot also verify, even if it sits on the body.
/// </summary>
public sealed class VerificationAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, VerificationTarget>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, VerificationTarget resource)
    {
        if (requirement.Name == nameof(Operations.Verify)
            && context.User.IsInRole(Roles.SteeringCommittee)
            && context.User.JurisdictionIds().Contains(resource.JurisdictionId)
            && !IsSameHand(context.User, resource))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }

    /// <summary>True when the user reported the update or belongs to the institution responsible for it.</summary>
    public static bool IsSameHand(ClaimsPrincipal user, VerificationTarget resource) =>
        (resource.AuthorId is not null && resource.AuthorId == user.FindFirstValue(ClaimTypes.NameIdentifier))
        || user.InstitutionIds().Contains(resource.ResponsibleInstitutionId);
}
