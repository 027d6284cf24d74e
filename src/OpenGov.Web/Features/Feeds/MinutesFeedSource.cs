using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenGov.Core.Meetings;
using OpenGov.Web.Data;
using OpenGov.Web.Features.Shared;
using OpenGov.Web.Resources;

namespace OpenGov.Web.Features.Feeds;

/// <summary>Published minutes of the jurisdiction's steering body, dated by their publication and signed with its name.</summary>
public sealed class MinutesFeedSource(AppDbContext db, SteeringBodyNames bodies, IStringLocalizer<SharedResource> t) : IJurisdictionFeedSource
{
    public async Task<IReadOnlyList<FeedEntry>> LoadAsync(FeedScope scope, int limit, CancellationToken cancellationToken)
    {
        var minutes = await db.CommitteeMeetings.AsNoTracking()
            .Where(m => m.JurisdictionId == scope.JurisdictionId && m.Status == MeetingStatus.Published)
            .OrderByDescending(m => m.PublishedAt).ThenByDescending(m => m.Id)
            .Take(limit)
            .Select(m => new { m.Id, m.Title, m.Date, m.PublishedAt, m.Minutes })
            .ToListAsync(cancellationToken);
        var body = await bodies.ForJurisdictionAsync(scope.JurisdictionId, cancellationToken);
        return minutes.Select(m => new FeedEntry(
                scope.AbsoluteUrl("meeting", new { slug = scope.Slug, id = m.Id }),
                t["Acta del {0}: {1} ({2})", body, m.Title, m.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)],
                scope.AbsoluteUrl("meeting", new { slug = scope.Slug, id = m.Id }),
                m.PublishedAt!.Value,
                FeedText.Excerpt(m.Minutes),
                body))
            .ToList();
    }
}
