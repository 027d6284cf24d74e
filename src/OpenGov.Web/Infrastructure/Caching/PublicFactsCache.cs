using Microsoft.Extensions.Caching.Memory;

namespace OpenGov.Web.Infrastructure.Caching;

/// <summary>
/// The public part of a page, kept in memory for the requests the output cache never serves: signed-in
/// visitors (ADR-030). Entries belong to a generation of <see cref="PublicPageCache"/>, so the write that
/// empties the output cache retires them too, and a value read before a write is never kept after it.
/// Only what every visitor sees goes in (facts, their translation in the key's language); what belongs
/// to the visitor (their comments, follow state, forms and their antiforgery tokens) is read per request.
/// </summary>
public sealed class PublicFactsCache(IMemoryCache memory, PublicPageCache pages)
{
    /// <summary>How long an entry is kept at most; "today" (due soon, overdue) belongs in the key.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The entry for <paramref name="key"/> in the current generation, or what <paramref name="load"/> reads;
    /// <paramref name="load"/> is given that generation, so what it renders can be keyed by it too (a page's
    /// <c>&lt;cache&gt;</c> fragment): data read after reading a generation is at least as new as it.
    /// </summary>
    public async Task<T?> GetOrLoadAsync<T>(object key, Func<long, Task<T?>> load)
        where T : class
    {
        var generation = pages.Generation;
        if (memory.TryGetValue((key, generation), out T? cached) && cached is not null)
        {
            return cached;
        }

        var value = await load(generation);
        if (value is not null && pages.Generation == generation)
        {
            memory.Set((key, generation), value, Lifetime);
        }

        return value;
    }
}
