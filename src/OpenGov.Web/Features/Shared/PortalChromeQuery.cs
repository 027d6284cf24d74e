using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using OpenGov.Core.ActionPlans;
using OpenGov.Web.Data;
using OpenGov.Web.Infrastructure.Caching;

namespace OpenGov.Web.Features.Shared;

/// <summary>
/// The layout's data: the jurisdictions with their active plan, in one query, kept for a short
/// while so that ordinary pages (sign-in, errors) cost no query for the header. A slug missing from
/// the cached list reloads it, so a new jurisdiction shows its own brand at once; a renamed one
/// may show its old brand name for up to <see cref="Lifetime"/>, unless a write emptied the public
/// page cache since (ADR-025): the list is kept per cache generation, so a cached page is never
/// rendered again with the header of before the write.
/// </summary>
public static class PortalChromeQuery
{
    private static readonly object Key = new();
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    public static async Task<PortalChrome> LoadAsync(AppDbContext db, HttpContext http)
    {
        if (http.Items.TryGetValue(Key, out var cached) && cached is PortalChrome chrome)
        {
            return chrome;
        }

        var cache = http.RequestServices.GetRequiredService<IMemoryCache>();
        var key = (Key, http.RequestServices.GetRequiredService<PublicPageCache>().Generation);
        var slug = http.GetRouteValue("slug") as string;
        if (!cache.TryGetValue(key, out IReadOnlyList<PortalJurisdiction>? all)
            || all is null
            || (slug is not null && !all.Any(j => string.Equals(j.Slug, slug, StringComparison.OrdinalIgnoreCase))))
        {
            all = await LoadJurisdictionsAsync(db, http.RequestAborted);
            cache.Set(key, all, Lifetime);
        }

        var current = all.FirstOrDefault(j => string.Equals(j.Slug, slug, StringComparison.OrdinalIgnoreCase))
            ?? all.FirstOrDefault(j => j.IsDefault)
            ?? all.FirstOrDefault()
            ?? new PortalJurisdiction("", "OpenGov", "OpenGov", "CC BY 4.0", true, null);
        chrome = new PortalChrome(current, all);
        http.Items[Key] = chrome;
        return chrome;
    }

    /// <summary>
    /// The jurisdiction a public page names by its slug, from the same list (no query of its own
    /// while the list is kept), or null when there is none.
    /// </summary>
    public static async Task<PortalJurisdiction?> FindAsync(AppDbContext db, HttpContext http, string slug)
    {
        var chrome = await LoadAsync(db, http);
        return chrome.All.FirstOrDefault(j => string.Equals(j.Slug, slug, StringComparison.OrdinalIgnoreCase));
    }

    private static async Task<IReadOnlyList<PortalJurisdiction>> LoadJurisdictionsAsync(AppDbContext db, CancellationToken cancellationToken) =>
        await db.Jurisdictions.AsNoTracking()
            .OrderByDescending(j => j.IsDefault).ThenBy(j => j.Name)
            .Select(j => new PortalJurisdiction(
                j.Slug, j.Name, j.BrandName, j.DataLicence, j.IsDefault,
                db.ActionPlans.Where(p => p.JurisdictionId == j.Id)
                    .OrderBy(p => p.Status == PlanStatus.Closed ? 1 : 0).ThenByDescending(p => p.Number)
                    .Select(p => (int?)p.Number).FirstOrDefault(),
                j.Id, j.SteeringBodyName))
            .ToListAsync(cancellationToken);
}
