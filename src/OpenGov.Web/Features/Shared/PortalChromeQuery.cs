using Microsoft.EntityFrameworkCore;
using OpenGov.Core.ActionPlans;
using OpenGov.Web.Data;

namespace OpenGov.Web.Features.Shared;

/// <summary>
/// Loads the layout's data in one query per request (cached in HttpContext.Items, since header
/// and footer both use it). The current jurisdiction is the one in the route, else the default.
/// </summary>
public static class PortalChromeQuery
{
    private static readonly object Key = new();

    public static async Task<PortalChrome> LoadAsync(AppDbContext db, HttpContext http)
    {
        if (http.Items.TryGetValue(Key, out var cached) && cached is PortalChrome chrome)
        {
            return chrome;
        }

        var all = await db.Jurisdictions.AsNoTracking()
            .OrderByDescending(j => j.IsDefault).ThenBy(j => j.Name)
            .Select(j => new PortalJurisdiction(
                j.Slug, j.Name, j.BrandName, j.DataLicence, j.IsDefault,
                db.ActionPlans.Where(p => p.JurisdictionId == j.Id)
                    .OrderBy(p => p.Status == PlanStatus.Closed ? 1 : 0).ThenByDescending(p => p.Number)
                    .Select(p => (int?)p.Number).FirstOrDefault()))
            .ToListAsync(http.RequestAborted);

        var slug = http.GetRouteValue("slug") as string;
        var current = all.FirstOrDefault(j => string.Equals(j.Slug, slug, StringComparison.OrdinalIgnoreCase))
            ?? all.FirstOrDefault(j => j.IsDefault)
            ?? all.FirstOrDefault()
            ?? new PortalJurisdiction("", "OpenGov", "OpenGov", "CC BY 4.0", true, null);
        chrome = new PortalChrome(current, all);
        http.Items[Key] = chrome;
        return chrome;
    }
}
