namespace OpenGov.Web.Features.Feeds;

/// <summary>
/// A kind of public news of a jurisdiction (minutes, progress updates, monitoring reports).
/// Each source returns at most <c>limit</c> entries, newest first, in a bounded number of queries;
/// the feed merges them.
/// </summary>
public interface IJurisdictionFeedSource
{
    Task<IReadOnlyList<FeedEntry>> LoadAsync(FeedScope scope, int limit, CancellationToken cancellationToken);
}
