using Microsoft.AspNetCore.OutputCaching;
using OpenGov.Web.Infrastructure.ScaleOut;
using StackExchange.Redis;

namespace OpenGov.Web.Infrastructure.Caching;

/// <summary>
/// The output cache of anonymous public pages (ADR-025): one tag for every entry, evicted after
/// each committed write that public pages may show. A generation number, raised on every eviction,
/// keeps a page rendered from data read before the write from being stored after it. With several
/// instances the store is shared (Redis) and the others raise their generation when told (ADR-043).
/// </summary>
public sealed class PublicPageCache(IOutputCacheStore store, IInstanceSignals signals, ILogger<PublicPageCache> logger)
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
        // The others first: a render they began before hearing it is then not stored, and one they
        // begin after it reads the committed write.
        await signals.PublicPagesChangedAsync();
        try
        {
            await store.EvictByTagAsync(Tag, cancellationToken);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            // The write is committed; failing its request now would only invite the person to repeat it.
            logger.LogError(ex, "Could not empty the shared page cache; public pages may show the previous data until they expire");
        }
    }

    /// <summary>Another instance committed a write: what this one keeps per generation is out of date.</summary>
    public void NoteChangedElsewhere() => Interlocked.Increment(ref _generation);
}
