using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using OpenGov.Web.Identity;

namespace OpenGov.Web.Authorization;

/// <summary>
/// Each jurisdiction has its own steering body and its own independent monitor (ADR-019): a member
/// records meetings and minutes, and a monitor writes and publishes reports, only in the jurisdictions
/// they are attached to. Admins may record meetings anywhere on a body's behalf; they never write a
/// monitor's report.
/// </summary>
public sealed class JurisdictionScopeAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, JurisdictionScope>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, JurisdictionScope resource)
    {
        var user = context.User;
        var attached = user.JurisdictionIds().Contains(resource.JurisdictionId);
        var allowed = requirement.Name switch
        {
            nameof(Operations.RecordMeetings) => user.IsInRole(Roles.Admin) || (user.IsInRole(Roles.SteeringCommittee) && attached),
            nameof(Operations.WriteReports) => user.IsInRole(Roles.Monitor) && attached,
            _ => false,
        };
        if (allowed)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
