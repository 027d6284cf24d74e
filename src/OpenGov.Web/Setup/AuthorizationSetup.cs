using Microsoft.AspNetCore.Authorization;
using OpenGov.Web.Authorization;
using OpenGov.Web.Identity;

namespace OpenGov.Web.Setup;

public static class AuthorizationSetup
{
    /// <summary>
    /// Everything requires a signed-in user unless it says [AllowAnonymous]: a forgotten attribute
    /// locks a page rather than exposing it. One policy per back-office capability, by role.
    /// </summary>
    public static WebApplicationBuilder AddOpenGovAuthorization(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IAuthorizationHandler, MilestoneAuthorizationHandler>();
        builder.Services.AddSingleton<IAuthorizationHandler, CommitmentInstitutionsAuthorizationHandler>();
        builder.Services.AddSingleton<IAuthorizationHandler, JurisdictionScopeAuthorizationHandler>();
        builder.Services.AddSingleton<IAuthorizationHandler, VerificationAuthorizationHandler>();
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.ReportProgress, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Official))
            .AddPolicy(Policies.VerifyProgress, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.SteeringCommittee))
            .AddPolicy(Policies.PublishReports, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Monitor))
            .AddPolicy(Policies.RecordMeetings, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.SteeringCommittee, Roles.Admin))
            .AddPolicy(Policies.Administer, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Admin))
            .AddPolicy(Policies.Comment, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Citizen))
            .AddPolicy(Policies.ReplyToComments, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Official))
            .AddPolicy(Policies.AnswerSuggestions, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Admin, Roles.SteeringCommittee));
        return builder;
    }
}
