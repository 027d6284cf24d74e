using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;
using OpenGov.Web.Features.Account;
using OpenGov.Web.Features.Health;

namespace OpenGov.Web.Setup;

public static class SecuritySetup
{
    /// <summary>
    /// Rate-limit policy of the sign-in POST, per client address; the tighter per-account limit is
    /// <see cref="SignInThrottle"/>, checked by the action once the e-mail is read (ADR-016).
    /// </summary>
    public const string SignInRateLimit = "sign-in";

    /// <summary>Rate-limit policy of the registration, password-reset and follow POSTs (per signed-in user, else per client IP); they send mail.</summary>
    public const string RegisterRateLimit = "register";

    /// <summary>Rate-limit policy of comments, replies, reports and suggestions (per signed-in user, else per client IP).</summary>
    public const string ParticipationRateLimit = "participation";

    /// <summary>Sign-in attempts a minute on one account (the e-mail tried), from anywhere (ADR-016).</summary>
    public const int DefaultSignInPerAccountPerMinute = 10;

    /// <summary>
    /// Sign-in attempts a minute from one client address, whatever the account: enough for a workshop
    /// room behind one NAT signing in at once (ADR-016).
    /// </summary>
    public const int DefaultSignInPerAddressPerMinute = 100;

    // No inline scripts or styles anywhere: the portal works without JavaScript, and what little
    // there may be is served as files.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; " +
        "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    public static WebApplicationBuilder AddOpenGovSecurity(this WebApplicationBuilder builder)
    {
        // Cookie names and flags (antiforgery, sign-in, TempData, language): CookieSetup (ADR-045).

        // Behind a TLS-terminating reverse proxy on the same host the app must see the original
        // scheme (secure cookies, HTTPS redirection) and client address (rate limits). Only
        // loopback proxies are trusted by default; others go in ForwardedHeadersOptions.KnownProxies.
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);

        // Sent outside Development on HTTPS responses to any host but localhost (ADR-045): two years,
        // sub-domains included and preload allowed, as hstspreload.org asks before listing a domain.
        builder.Services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(730);
            options.IncludeSubDomains = true;
            options.Preload = true;
        });

        var signInPerAccount = builder.Configuration.GetValue("RateLimits:SignInPerAccountPerMinute", DefaultSignInPerAccountPerMinute);
        var signInPerAddress = builder.Configuration.GetValue("RateLimits:SignInPerAddressPerMinute", DefaultSignInPerAddressPerMinute);
        var registerPermits = builder.Configuration.GetValue("RateLimits:RegisterPermitsPerMinute", 5);
        var participationPermits = builder.Configuration.GetValue("RateLimits:ParticipationPermitsPerMinute", 10);
        builder.Services.AddRateLimiter(options =>
        {
            // 429 with an empty body: the status-code page (/error/429) then explains it in the user's language.
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                }

                context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SecuritySetup))
                    .LogWarning("Rate limit hit on {Path} by {RemoteIp}", context.HttpContext.Request.Path, ClientIp(context.HttpContext));
                return ValueTask.CompletedTask;
            };
            options.AddPolicy(SignInRateLimit, context => PerClientIp(context, signInPerAddress));
            options.AddPolicy(RegisterRateLimit, context => PerUserOrClientIp(context, registerPermits));
            options.AddPolicy(ParticipationRateLimit, context => PerUserOrClientIp(context, participationPermits));
        });
        builder.Services.AddSingleton(new SignInThrottle(signInPerAccount));

        // Readiness probes are part of the operational baseline owned here.
        builder.Services.AddOpenGovHealthChecks();
        return builder;
    }

    /// <summary>
    /// Adds the security headers to every response, including error and status-code pages: they are
    /// set when the response starts, so an exception handler clearing the response cannot drop them.
    /// </summary>
    public static IApplicationBuilder UseOpenGovSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            return next(context);
        });

    private static RateLimitPartition<string> PerClientIp(HttpContext context, int permitsPerMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(ClientIp(context), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permitsPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });

    // A signed-in person is limited as a person, wherever they post from; anonymous posts share their
    // IP's budget. The rate limiter runs after authentication, or every request would look anonymous.
    private static RateLimitPartition<string> PerUserOrClientIp(HttpContext context, int permitsPerMinute)
    {
        var userId = context.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
        return RateLimitPartition.GetFixedWindowLimiter(userId is null ? "ip:" + ClientIp(context) : "user:" + userId, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permitsPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
    }

    // The forwarded client address when a trusted proxy sent one (UseForwardedHeaders runs first).
    private static string ClientIp(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
