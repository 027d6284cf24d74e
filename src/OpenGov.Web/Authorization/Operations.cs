using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace OpenGov.Web.Authorization;

/// <summary>Operations checked against a resource with IAuthorizationService.AuthorizeAsync(user, resource, operation).</summary>
public static class Operations
{
    public static readonly OperationAuthorizationRequirement ReportProgress = new() { Name = nameof(ReportProgress) };
    public static readonly OperationAuthorizationRequirement Replan = new() { Name = nameof(Replan) };
    public static readonly OperationAuthorizationRequirement ReplyToComments = new() { Name = nameof(ReplyToComments) };
}
