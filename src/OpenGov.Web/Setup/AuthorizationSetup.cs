using Microsoft.AspNetCore.Authorization;

namespace OpenGov.Web.Setup;

public static class AuthorizationSetup
{
    /// <summary>
    /// Everything requires a signed-in user unless it says [AllowAnonymous]: a forgotten attribute
    /// locks a page rather than exposing it.
    /// </summary>
    public static WebApplicationBuilder AddOpenGovAuthorization(this WebApplicationBuilder builder)
    {
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return builder;
    }
}
