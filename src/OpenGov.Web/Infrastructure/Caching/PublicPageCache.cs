using Microsoft.AspNetCore.OutputCaching;

namespace OpenGov.Web.Infrastructure.Caching;

/// <summary>
/// The output cache of anonymous public pages (ADR-025): one tag for every entry, evicted after
/// each committed write that public pages may show. A generation number, raised on every eviction,
/// keeps a page rendered from data read before the write from being stored after it.
/// </summary>
public sealed class PublicPageCache(IOutputCacheStore store)
{
    /// <summary>The output-cache policy of public GET pages and feeds: <c>[OutputCache(PolicyName = PublicPageCache.Policy)]</c>.</summary>
    public const string Policy = "public-page";

    /// <summary>The tag every public page carries; evicting it empties the cache.</summary>
    public const string Tag = "public";

    private long _generation;

    public long Generation => Interlocked.Read(ref _generation);

    public async Task EvictAsync(CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _generation);
        await store.EvictByTagAsync(Tag, cancellationToken);
    }
}
