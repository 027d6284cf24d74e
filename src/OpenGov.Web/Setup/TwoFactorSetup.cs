using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using OpenGov.Web.Features.Sessions;
using OpenGov.Web.Features.TwoFactor;
using OpenGov.Web.Identity;

namespace OpenGov.Web.Setup;

public static class TwoFactorSetup
{
    /// <summary>
    /// Authenticator codes that work once, enrolment required of privileged roles, and sign-in sessions
    /// recorded per cookie (ADR-044). Runs after AddOpenGovIdentity, whose cookie events it extends.
    /// </summary>
    public static WebApplicationBuilder AddOpenGovTwoFactor(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<OneTimeAuthenticatorTokenProvider>();
        builder.Services.Configure<IdentityOptions>(options =>
            options.Tokens.ProviderMap[TokenOptions.DefaultAuthenticatorProvider] = new TokenProviderDescriptor(typeof(OneTimeAuthenticatorTokenProvider)));

        builder.Services.Configure<SecurityStampValidatorOptions>(options => options.OnRefreshingPrincipal = SessionCookieEvents.KeepSessionClaim);
        builder.Services.ConfigureApplicationCookie(options => SessionCookieEvents.Attach(options.Events));
        builder.Services.Configure<MvcOptions>(options => options.Filters.Add(new SecondFactorEnrolmentFilter()));
        return builder;
    }
}
