using Microsoft.EntityFrameworkCore;

namespace OpenGov.Web.Infrastructure.Paging;

public static class PagingExtensions
{
    /// <summary>Lists in the back office show this many rows: a screenful on a laptop, light on a phone.</summary>
    public const int DefaultPageSize = 25;

    /// <summary>
    /// Counts, then reads one page (two queries). The query must already be ordered, or pages would
    /// overlap. A page past the end shows the last page rather than an empty one.
    /// </summary>
    public static async Task<PagedList<T>> ToPagedListAsync<T>(this IQueryable<T> ordered, int page, int pageSize = DefaultPageSize, CancellationToken cancellationToken = default)
    {
        var total = await ordered.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + pageSize - 1) / pageSize);
        page = Math.Clamp(page, 1, pageCount);
        var items = await ordered.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new PagedList<T>(items, page, pageSize, total);
    }
}
