using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.CookiePolicy;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace OpenGov.Web.Setup;

/// <summary>
/// Every cookie the app writes, in one place (ADR-045). Outside Development each name carries the
/// <c>__Host-</c> prefix: the browser only accepts it from this exact origin over HTTPS, with
/// <c>Secure</c>, <c>Path=/</c> and no <c>Domain</c>, so no sibling sub-domain can plant or overwrite
/// it. All are HttpOnly and SameSite=Lax or stricter. Development on http://localhost keeps plain
/// names sent over HTTP, because some browsers refuse Secure cookies from a plain-HTTP localhost.
/// The Testing environment uses the production names and flags (the test clients speak HTTPS),
/// except on the browser tests' plain-HTTP host.
/// </summary>
public static class CookieSetup
{
    public const string HostPrefix = "__Host-";

    /// <summary>The sign-in cookie.</summary>
    public const string Auth = "opengov.auth";

    /// <summary>The antiforgery cookie; harmless on a cached public page, whose HTML carries no token (ADR-025).</summary>
    public const string Antiforgery = "opengov.af";

    /// <summary>TempData (the status message after a POST).</summary>
    public const string TempData = "opengov.msg";

    /// <summary>The language chosen with the switch.</summary>
    public const string Culture = "opengov.lang";

    /// <summary>Who is half-way through a two-factor sign-in.</summary>
    public const string TwoFactorUserId = "opengov.2fa";

    /// <summary>A device remembered after a second factor.</summary>
    public const string TwoFactorRememberMe = "opengov.device";

    /// <summary>An external sign-in in progress (not offered today; named so it follows the same rules).</summary>
    public const string External = "opengov.ext";

    /// <summary>
    /// Testing only: the plain-HTTP cookies of Development, for the browser tests' Kestrel on
    /// http://127.0.0.1 (antiforgery refuses to issue a Secure-only cookie over plain HTTP). Ignored in
    /// every other environment.
    /// </summary>
    public const string PlainHttpForTestsSetting = "Cookies:PlainHttpForTests";

    /// <summary>
    /// The cookies of this host: prefixed and Secure everywhere but Development (and the browser
    /// tests' plain-HTTP host).
    /// </summary>
    public static CookieNaming Naming(WebApplicationBuilder builder) => new(Prefixed:
        !builder.Environment.IsDevelopment()
        && !(builder.Environment.IsEnvironment("Testing") && builder.Configuration.GetValue<bool>(PlainHttpForTestsSetting)));

    public static WebApplicationBuilder AddOpenGovCookies(this WebApplicationBuilder builder)
    {
        var naming = Naming(builder);
        var secure = naming.SecurePolicy;
        builder.Services.AddSingleton(naming);

        // PostConfigure: these names and flags hold whatever else configures Identity's cookies.
        foreach (var (scheme, name) in new[]
        {
            (IdentityConstants.ApplicationScheme, Auth),
            (IdentityConstants.TwoFactorUserIdScheme, TwoFactorUserId),
            (IdentityConstants.TwoFactorRememberMeScheme, TwoFactorRememberMe),
            (IdentityConstants.ExternalScheme, External),
        })
        {
            builder.Services.PostConfigure<CookieAuthenticationOptions>(scheme, options => Apply(options.Cookie, naming.Name(name), secure));
        }

        builder.Services.AddAntiforgery(options =>
        {
            Apply(options.Cookie, naming.Name(Antiforgery), secure);
            // Only ever sent back by a form of this site.
            options.Cookie.SameSite = SameSiteMode.Strict;
        });

        builder.Services.Configure<CookieTempDataProviderOptions>(options => Apply(options.Cookie, naming.Name(TempData), secure));

        // Applies to every cookie the app appends (the language choice included), not only ours.
        builder.Services.Configure<CookiePolicyOptions>(options =>
        {
            options.MinimumSameSitePolicy = SameSiteMode.Lax;
            options.HttpOnly = HttpOnlyPolicy.Always;
            options.Secure = secure;
        });
        return builder;
    }

    // __Host- requires Secure, Path=/ and no Domain; the other flags keep scripts and other sites out.
    private static void Apply(CookieBuilder cookie, string name, CookieSecurePolicy secure)
    {
        cookie.Name = name;
        cookie.Path = "/";
        cookie.Domain = null;
        cookie.HttpOnly = true;
        cookie.SameSite = SameSiteMode.Lax;
        cookie.SecurePolicy = secure;
    }
}

/// <summary>Whether this host's cookie names carry <c>__Host-</c>, with the Secure policy that requires.</summary>
public sealed record CookieNaming(bool Prefixed)
{
    /// <summary>The name a cookie has on this host.</summary>
    public string Name(string name) => Prefixed ? CookieSetup.HostPrefix + name : name;

    public CookieSecurePolicy SecurePolicy => Prefixed ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
}
