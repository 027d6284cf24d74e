using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenGov.Web.Data;
using OpenGov.Web.Identity;

namespace OpenGov.Web.Features.Sessions;

/// <summary>
/// Ties the sign-in cookie to a row of user_sessions (ADR-044): a new row when a cookie is issued
/// (the same row when the account re-issues its own cookie), the row's id in the cookie, the row
/// removed on sign-out. When Identity refreshes the cookie's claims (every few minutes of use) the row
/// must still exist, and its last-seen time moves forward; a cookie whose row is gone is refused.
/// The security stamp, checked on every request (SecurityStampCheck), is what ends sessions at once.
/// </summary>
public static class SessionCookieEvents
{
    /// <summary>A cookie lives at most this long without use (IdentitySetup's ExpireTimeSpan); older rows are purged.</summary>
    private static readonly TimeSpan Idle = TimeSpan.FromHours(8);

    public static void Attach(CookieAuthenticationEvents events)
    {
        var validate = events.OnValidatePrincipal;
        var signingIn = events.OnSigningIn;
        var signingOut = events.OnSigningOut;
        events.OnValidatePrincipal = async context =>
        {
            await validate(context);
            await CheckAsync(context);
        };
        events.OnSigningIn = async context =>
        {
            await signingIn(context);
            await StartAsync(context);
        };
        events.OnSigningOut = async context =>
        {
            await EndAsync(context.HttpContext);
            await signingOut(context);
        };
    }

    /// <summary>Carries the session id over when Identity rebuilds the principal from the database.</summary>
    public static Task KeepSessionClaim(SecurityStampRefreshingPrincipalContext context)
    {
        var session = context.CurrentPrincipal?.FindFirst(OpenGovClaims.Session);
        if (session is not null && context.NewPrincipal?.Identity is ClaimsIdentity identity && !identity.HasClaim(c => c.Type == OpenGovClaims.Session))
        {
            identity.AddClaim(new Claim(OpenGovClaims.Session, session.Value));
        }

        return Task.CompletedTask;
    }

    private static async Task StartAsync(CookieSigningInContext context)
    {
        if (context.Principal?.Identity is not ClaimsIdentity identity || identity.FindFirst(ClaimTypes.NameIdentifier)?.Value is not { } userId)
        {
            return;
        }

        var services = context.HttpContext.RequestServices;
        var db = services.GetRequiredService<AppDbContext>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var stampType = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        var stamp = identity.FindFirst(stampType)?.Value ?? "";

        // Re-issued for the same person in the same browser (RefreshSignInAsync): the same session.
        var current = context.HttpContext.User;
        UserSession? session = null;
        if (current.FindFirstValue(ClaimTypes.NameIdentifier) == userId && Guid.TryParse(current.FindFirstValue(OpenGovClaims.Session), out var currentId))
        {
            session = await db.UserSessions.SingleOrDefaultAsync(s => s.Id == currentId && s.UserId == userId);
            session?.Renew(stamp, now);
        }

        if (session is null)
        {
            session = new UserSession(userId, stamp, context.HttpContext.Request.Headers.UserAgent.ToString(), now);
            db.UserSessions.Add(session);
        }

        // Sessions that ended with an older stamp or expired unused are only clutter.
        var idleSince = now - Idle;
        await db.UserSessions
            .Where(s => s.UserId == userId && s.Id != session.Id && (s.SecurityStamp != stamp || s.LastSeenAt < idleSince))
            .ExecuteDeleteAsync();
        await db.SaveChangesAsync();

        foreach (var stale in identity.FindAll(OpenGovClaims.Session).ToList())
        {
            identity.RemoveClaim(stale);
        }

        identity.AddClaim(new Claim(OpenGovClaims.Session, session.Id.ToString()));
    }

    private static async Task EndAsync(HttpContext httpContext)
    {
        if (Guid.TryParse(httpContext.User.FindFirstValue(OpenGovClaims.Session), out var id))
        {
            await httpContext.RequestServices.GetRequiredService<AppDbContext>().UserSessions.Where(s => s.Id == id).ExecuteDeleteAsync();
        }
    }

    // Runs only when Identity has just refreshed the claims (ShouldRenew), so not on every request.
    private static async Task CheckAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is null || !context.ShouldRenew)
        {
            return;
        }

        var services = context.HttpContext.RequestServices;
        var userId = context.Principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var touched = Guid.TryParse(context.Principal.FindFirstValue(OpenGovClaims.Session), out var id)
            ? await services.GetRequiredService<AppDbContext>().UserSessions
                .Where(s => s.Id == id && s.UserId == userId)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAt, now))
            : 0;
        if (touched == 0)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }
}
