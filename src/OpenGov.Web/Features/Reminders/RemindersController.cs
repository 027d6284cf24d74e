using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenGov.Web.Data;
using OpenGov.Web.Features.Follows;
using OpenGov.Web.Resources;
using OpenGov.Web.Setup;

namespace OpenGov.Web.Features.Reminders;

/// <summary>
/// Turning reminders off and on: from the link every reminder carries (no sign-in; the random token is
/// the key, ADR-013) or from the account page. The link opens a page whose button posts, so a mail
/// scanner that prefetches links changes nothing; mail clients get RFC 8058's one-click POST.
/// </summary>
[Route("reminders")]
public sealed class RemindersController(AppDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> t) : Controller
{
    private const string StatusMessage = "StatusMessage";

    [HttpGet("unsubscribe")]
    [AllowAnonymous]
    public async Task<IActionResult> Unsubscribe(string? token, CancellationToken cancellationToken)
    {
        var preference = await db.ByTokenAsync(token, cancellationToken);
        return preference is null ? InvalidLink() : View(new ReminderUnsubscribeViewModel(token!, preference.WantsReminders));
    }

    /// <summary>The page's button, or the mail client's RFC 8058 one-click POST to the List-Unsubscribe URL.</summary>
    [HttpPost("unsubscribe")]
    [AllowAnonymous]
    [OneClickUnsubscribe]
    public async Task<IActionResult> UnsubscribePost([FromQuery] string? token, CancellationToken cancellationToken)
    {
        var preference = await db.ByTokenAsync(token, cancellationToken);
        if (preference is null)
        {
            return InvalidLink();
        }

        preference.OptOut(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        var done = t["Listo: ya no recibirá recordatorios por correo."].Value;
        if (OneClickUnsubscribeAttribute.IsOneClick(Request))
        {
            // Nobody reads this answer but the mail client: no page, no redirect.
            return Content(done, "text/plain; charset=utf-8");
        }

        TempData[StatusMessage] = done;
        return RedirectToAction(nameof(Unsubscribe), new { token });
    }

    /// <summary>The same page's second button, for whoever turned them off by mistake.</summary>
    [HttpPost("resubscribe")]
    [AllowAnonymous]
    public async Task<IActionResult> Resubscribe([FromQuery] string? token, CancellationToken cancellationToken)
    {
        var preference = await db.ByTokenAsync(token, cancellationToken);
        if (preference is null)
        {
            return InvalidLink();
        }

        preference.OptIn();
        await db.SaveChangesAsync(cancellationToken);
        TempData[StatusMessage] = t["Listo: volverá a recibir recordatorios por correo."].Value;
        return RedirectToAction(nameof(Unsubscribe), new { token });
    }

    /// <summary>The account page's reminder block.</summary>
    [HttpPost("~/account/reminders")]
    public async Task<IActionResult> Settings(ReminderSettingsForm form, CancellationToken cancellationToken)
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null)
        {
            return Challenge();
        }

        var preference = await db.EnsureAsync(userId, cancellationToken);
        if (form.Enabled)
        {
            preference.OptIn();
        }
        else
        {
            preference.OptOut(clock.GetUtcNow().UtcDateTime);
        }

        if (LocalizationSetup.Cultures.FirstOrDefault(c => string.Equals(c, form.Language, StringComparison.OrdinalIgnoreCase)) is { } language)
        {
            preference.WriteIn(language);
        }

        await db.SaveChangesAsync(cancellationToken);
        TempData[StatusMessage] = (form.Enabled
            ? t["Recordatorios activados."]
            : t["Recordatorios desactivados: no le enviaremos recordatorios por correo."]).Value;
        return RedirectToAction("Index", "Account");
    }

    private ViewResult InvalidLink() => View("InvalidLink");
}
