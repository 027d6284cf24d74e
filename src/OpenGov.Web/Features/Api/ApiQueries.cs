using OpenGov.Core.Common;
using OpenGov.Web.Data;

namespace OpenGov.Web.Features.Api;

/// <summary>The filters every list shares: a page in id order, and "changed since" from the public change history.</summary>
public static class ApiQueries
{
    /// <summary>The rows of the page asked for, in id order, one more than the limit.</summary>
    public static IQueryable<T> PageOf<T>(this IQueryable<T> rows, ApiPaging paging)
        where T : Entity =>
        rows.Where(x => x.Id > paging.After).OrderBy(x => x.Id).Take(paging.Take);

    /// <summary>
    /// Rows with an entry in the change history (every write is audited in its own transaction, ADR-017)
    /// at or after the moment; all rows when there is none.
    /// </summary>
    public static IQueryable<T> ChangedSince<T>(this IQueryable<T> rows, AppDbContext db, DateTime? since)
        where T : Entity
    {
        if (since is not { } moment)
        {
            return rows;
        }

        var type = typeof(T).Name;
        return rows.Where(x => db.AuditEvents.Any(a => a.EntityType == type && a.EntityId == x.Id.ToString() && a.OccurredAt >= moment));
    }
}
