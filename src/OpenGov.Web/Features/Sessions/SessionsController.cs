using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenGov.Web.Data;
using OpenGov.Web.Identity;
using OpenGov.Web.Resources;

namespace OpenGov.Web.Features.Sessions;

/// <summary>"Sign out everywhere" from the account page (ADR-044).</summary>
[Route("account/sessions")]
public sealed class SessionsController(
    AppDbContext db, SignInManager<AppUser> signInManager, IStringLocalizer<SharedResource> t, ILogger<SessionsController> logger) : Controller
{
    /// <summary>
    /// A new security stamp refuses every cookie issued so far at its next request (the stamp is
    /// checked on each one); the session rows go with it, and this browser is signed out too.
    /// </summary>
    [HttpPost("sign-out-everywhere")]
    public async Task<IActionResult> SignOutEverywhere(CancellationToken cancellationToken)
    {
        var user = await signInManager.UserManager.GetUserAsync(User);
        if (user is not null)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await signInManager.UserManager.UpdateSecurityStampAsync(user);
            await db.UserSessions.Where(s => s.UserId == user.Id).ExecuteDeleteAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("User {UserId} signed out everywhere", user.Id);
        }

        await signInManager.SignOutAsync();
        TempData["StatusMessage"] = t["Cerraste sesión en todos los dispositivos."].Value;
        return RedirectToAction("SignIn", "Account");
    }
}
