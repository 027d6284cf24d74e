using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenGov.Web.Data;
using OpenGov.Web.Identity;

namespace OpenGov.Web.Features.Sessions;

/// <summary>
/// The account page's list of sign-in sessions, with "sign out everywhere" (ADR-044). A block of its
/// own so the account page only names it. Sessions issued under an older security stamp have already
/// ended and are not listed.
/// </summary>
public sealed class AccountSessionsViewComponent(AppDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var principal = (ClaimsPrincipal)User;
        var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        Guid.TryParse(principal.FindFirstValue(OpenGovClaims.Session), out var currentId);
        var rows = await db.UserSessions.AsNoTracking()
            .Where(s => s.UserId == userId && db.Users.Any(u => u.Id == s.UserId && u.SecurityStamp == s.SecurityStamp))
            .OrderByDescending(s => s.LastSeenAt).ThenByDescending(s => s.SignedInAt)
            .Select(s => new { s.Id, s.UserAgent, s.SignedInAt, s.LastSeenAt })
            .ToListAsync(HttpContext.RequestAborted);
        var sessions = rows
            .Select(s => new SessionListItem(DeviceDescription.From(s.UserAgent), s.SignedInAt, s.LastSeenAt, s.Id == currentId))
            .OrderByDescending(s => s.IsCurrent)
            .ToList();
        return View("/Features/Sessions/_Sessions.cshtml", sessions);
    }
}
