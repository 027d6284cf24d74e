using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenGov.Web.Data;
using OpenGov.Web.Features.Errors;

namespace OpenGov.Web.Identity;

/// <summary>
/// Ends sessions on the server: every request that carries an auth cookie compares the cookie's
/// security stamp with the user's current one (a single indexed query, its answer kept a few seconds by
/// <see cref="SecurityStampCache"/> and forgotten whenever the stamp changes). Signing out, resetting
/// the password or an admin action changes the stamp, so a copied cookie stops working at once.
/// Anonymous requests never get here and cost nothing. Identity's own validator still runs
/// afterwards, on its interval, to refresh roles and institutions in the cookie.
/// </summary>
public static class SecurityStampCheck
{
    // Compiled once: the check runs on every signed-in request.
    private static readonly Func<AppDbContext, string, CancellationToken, Task<string?>> CurrentStamp =
        EF.CompileAsyncQuery((AppDbContext db, string userId, CancellationToken _) =>
            db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.SecurityStamp).FirstOrDefault());

    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var stampClaim = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        var userId = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var stamp = context.Principal?.FindFirstValue(stampClaim);

        string? current;
        try
        {
            current = userId is null
                ? null
                : await services.GetRequiredService<SecurityStampCache>().GetAsync(userId, () =>
                    CurrentStamp(services.GetRequiredService<AppDbContext>(), userId, context.HttpContext.RequestAborted));
        }
        catch (Exception exception) when (DatabaseFailure.IsUnavailable(exception))
        {
            // Fail closed but keep the cookie: while the database is down the request is served as
            // anonymous (the error page still renders); the session resumes when the database returns.
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SecurityStampCheck))
                .LogWarning(exception, "Could not check the security stamp of user {UserId}: database unavailable", userId);
            context.RejectPrincipal();
            return;
        }

        if (current is null || stamp is null || !string.Equals(current, stamp, StringComparison.Ordinal))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        // Identity's validator refreshes the claims once its interval has passed and does nothing
        // before; asking it on every request would build its sign-in and user managers for nothing.
        var interval = services.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value.ValidationInterval;
        var issued = context.Properties.IssuedUtc;
        if (issued is null || services.GetRequiredService<TimeProvider>().GetUtcNow() - issued.Value > interval)
        {
            await SecurityStampValidator.ValidatePrincipalAsync(context);
        }
    }
}
