using Microsoft.Extensions.Localization;
using OpenGov.Web.Data;
using OpenGov.Web.Resources;

namespace OpenGov.Web.Features.Feeds;

/// <summary>Progress reported on the milestones of every plan of the jurisdiction.</summary>
public sealed class ProgressUpdatesFeedSource(AppDbContext db, IStringLocalizer<SharedResource> t) : IJurisdictionFeedSource
{
    public async Task<IReadOnlyList<FeedEntry>> LoadAsync(FeedScope scope, int limit, CancellationToken cancellationToken)
    {
        var rows = await ProgressFeedQueries.NewestAsync(db, scope.JurisdictionId, null, limit, cancellationToken);
        return rows.Select(r => ProgressFeedQueries.ToEntry(r, scope, t)).ToList();
    }
}
