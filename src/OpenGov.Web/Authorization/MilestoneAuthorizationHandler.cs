using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using OpenGov.Core.Commitments;
using OpenGov.Web.Identity;

namespace OpenGov.Web.Authorization;

/// <summary>
/// An Official may report on (and re-plan) a milestone only when its responsible institution is one
/// of theirs. Admins may re-plan any milestone but never report progress in the government's name.
/// </summary>
public sealed class MilestoneAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, Milestone>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, Milestone resource)
    {
        var user = context.User;
        var ownInstitution = user.IsInRole(Roles.Official) && user.FindAll(OpenGovClaims.Institution)
            .Any(c => c.Value == resource.ResponsibleInstitutionId.ToString(CultureInfo.InvariantCulture));

        var allowed = requirement.Name switch
        {
            nameof(Operations.ReportProgress) => ownInstitution,
            nameof(Operations.Replan) => ownInstitution || user.IsInRole(Roles.Admin),
            _ => false,
        };
        if (allowed)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
