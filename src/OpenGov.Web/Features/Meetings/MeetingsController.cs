using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenGov.Web.Data;
using OpenGov.Web.Features.Shared;
using Microsoft.AspNetCore.OutputCaching;
using OpenGov.Web.Infrastructure.Caching;

namespace OpenGov.Web.Features.Meetings;

/// <summary>The public side of the committee's meetings: announcements and published minutes. Drafts answer 404.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class MeetingsController(AppDbContext db, TimeProvider clock) : Controller
{
    private const int PastLimit = 100;

    [HttpGet("/{slug}/meetings")]
    public async Task<IActionResult> Index(string slug, CancellationToken cancellationToken)
    {
        var jurisdiction = await PortalChromeQuery.FindAsync(db, HttpContext, slug);
        if (jurisdiction is null)
        {
            return NotFound();
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var meetings = db.CommitteeMeetings.AsNoTracking().Public().ForJurisdiction(jurisdiction.Id);
        var upcoming = await meetings.UpcomingFrom(today).Select(Item(jurisdiction.Slug, jurisdiction.Name)).ToListAsync(cancellationToken);
        var past = await meetings.Where(m => m.Date < today)
            .OrderByDescending(m => m.Date).ThenByDescending(m => m.Id).Take(PastLimit)
            .Select(Item(jurisdiction.Slug, jurisdiction.Name)).ToListAsync(cancellationToken);
        return View(new MeetingsIndexViewModel(jurisdiction.Slug, jurisdiction.Name, jurisdiction.IsDefault, upcoming, past));
    }

    [HttpGet("/{slug}/meetings/{id:int}")]
    public async Task<IActionResult> Details(string slug, int id, CancellationToken cancellationToken)
    {
        var meeting = await MeetingDetailsQuery.LoadAsync(db, id, slug, publicOnly: true, cancellationToken);
        return meeting is null ? NotFound() : View(meeting);
    }

    private static System.Linq.Expressions.Expression<Func<Core.Meetings.CommitteeMeeting, MeetingListItem>> Item(string slug, string name) =>
        m => new MeetingListItem(m.Id, m.Title, m.Date, m.StartTime, m.Place, m.IsOpenToPublic, m.Status, slug, name);
}
