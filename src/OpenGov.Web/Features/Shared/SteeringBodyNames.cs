using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenGov.Web.Data;
using OpenGov.Web.Resources;

namespace OpenGov.Web.Features.Shared;

/// <summary>
/// The name each page uses for a jurisdiction's steering body ("Comité Directivo", "Consejo
/// Consultivo de Gobierno Abierto", "Foro Multiactor"): the stored proper name, untranslated, or a
/// neutral translated description when the documents name none (ADR-019). During a request the
/// names come with the layout's list of jurisdictions (<see cref="PortalChromeQuery"/>), which the
/// page needs anyway and which is kept between requests: no query of their own. Elsewhere the names
/// of all jurisdictions are read together, once.
/// </summary>
public sealed class SteeringBodyNames(AppDbContext db, IStringLocalizer<SharedResource> t, IHttpContextAccessor http)
{
    /// <summary>The Spanish description (a localizer key) for a body the documents do not name; written to follow "el".</summary>
    public const string Unnamed = "órgano de seguimiento del plan";

    private Dictionary<string, (int Id, string? Name)>? _bySlug;

    public async Task<string> ForSlugAsync(string? slug, CancellationToken cancellationToken = default)
    {
        var all = await LoadAsync(cancellationToken);
        return Display(slug is not null && all.TryGetValue(slug.ToLowerInvariant(), out var body) ? body.Name : null);
    }

    public async Task<string> ForJurisdictionAsync(int jurisdictionId, CancellationToken cancellationToken = default)
    {
        var all = await LoadAsync(cancellationToken);
        return Display(all.Values.Where(b => b.Id == jurisdictionId).Select(b => b.Name).FirstOrDefault());
    }

    /// <summary>The stored name as it is, or the neutral description in the current language.</summary>
    public string Display(string? stored) => string.IsNullOrWhiteSpace(stored) ? t[Unnamed] : stored;

    private async Task<Dictionary<string, (int Id, string? Name)>> LoadAsync(CancellationToken cancellationToken)
    {
        if (_bySlug is not null)
        {
            return _bySlug;
        }

        if (http.HttpContext is { } context)
        {
            var chrome = await PortalChromeQuery.LoadAsync(db, context);
            return _bySlug = chrome.All.ToDictionary(j => j.Slug, j => (j.Id, j.SteeringBodyName));
        }

        return _bySlug = await db.Jurisdictions.AsNoTracking()
            .Select(j => new { j.Slug, j.Id, j.SteeringBodyName })
            .ToDictionaryAsync(j => j.Slug, j => (j.Id, j.SteeringBodyName), cancellationToken);
    }
}
