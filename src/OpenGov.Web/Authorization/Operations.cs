using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace OpenGov.Web.Authorization;

/// <summary>Operations checked against a resource with IAuthorizationService.AuthorizeAsync(user, resource, operation).</summary>
public static class Operations
{
    public static readonly OperationAuthorizationRequirement ReportProgress = new() { Name = nameof(ReportProgress) };
    public static readonly OperationAuthorizationRequirement Replan = new() { Name = nameof(Replan) };
    public static readonly OperationAuthorizationRequirement ReplyToComments = new() { Name = nameof(ReplyToComments) };

    /// <summary>Record a verdict on a progress update (a <see cref="VerificationTarget"/>).</summary>
    public static readonly OperationAuthorizationRequirement Verify = new() { Name = nameof(Verify) };

    /// <summary>Record meetings and publish minutes in a jurisdiction (a <see cref="JurisdictionScope"/>).</summary>
    public static readonly OperationAuthorizationRequirement RecordMeetings = new() { Name = nameof(RecordMeetings) };

    /// <summary>Write and publish monitoring reports on a jurisdiction's plans (a <see cref="JurisdictionScope"/>).</summary>
    public static readonly OperationAuthorizationRequirement WriteReports = new() { Name = nameof(WriteReports) };
}
