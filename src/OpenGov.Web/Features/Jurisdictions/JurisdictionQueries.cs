using OpenGov.Core.Jurisdictions;

namespace OpenGov.Web.Features.Jurisdictions;

public static class JurisdictionQueries
{
    /// <summary>Slugs are stored in lower case; the address bar may not be.</summary>
    public static IQueryable<Jurisdiction> BySlug(this IQueryable<Jurisdiction> jurisdictions, string slug)
    {
        var lower = slug.ToLowerInvariant();
        return jurisdictions.Where(j => j.Slug == lower);
    }
}
