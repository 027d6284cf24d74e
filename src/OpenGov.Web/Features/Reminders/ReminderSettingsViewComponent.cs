using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenGov.Web.Data;
using OpenGov.Web.Identity;

namespace OpenGov.Web.Features.Reminders;

/// <summary>
/// The reminder settings block of the account page, self-contained so the page only names it. Shown to the
/// people reminders are written for (officials and steering-body members).
/// </summary>
public sealed class ReminderSettingsViewComponent(AppDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (!(User.IsInRole(Roles.Official) || User.IsInRole(Roles.SteeringCommittee)))
        {
            return Content("");
        }

        var userId = UserClaimsPrincipal.FindFirstValue(ClaimTypes.NameIdentifier);
        var preference = await db.ReminderPreferences.AsNoTracking().Where(p => p.UserId == userId)
            .Select(p => new { p.OptedOutAt, p.Language }).SingleOrDefaultAsync(HttpContext.RequestAborted);
        return View("~/Features/Reminders/_ReminderSettings.cshtml", new ReminderSettingsForm
        {
            Enabled = preference?.OptedOutAt is null,
            Language = preference?.Language ?? "es-EC",
        });
    }
}
