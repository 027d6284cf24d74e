using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenGov.Web.Data;
using OpenGov.Web.Features.Shared;
using OpenGov.Web.Resources;
using Microsoft.AspNetCore.OutputCaching;
using OpenGov.Web.Infrastructure.Caching;

namespace OpenGov.Web.Features.Home;

/// <summary>The home page of a jurisdiction: "/" serves the default one, "/{slug}" any other.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.Policy)]
public class HomeController(AppDbContext db, SteeringBodyNames bodies, TimeProvider time, IStringLocalizer<SharedResource> t) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var slug = await db.Jurisdictions.AsNoTracking()
            .Where(j => j.IsDefault).Select(j => j.Slug).FirstOrDefaultAsync(cancellationToken);
        if (slug is null)
        {
            return View("NoJurisdiction");
        }

        return await RenderAsync(slug, cancellationToken);
    }

    [HttpGet("/{slug}")]
    public Task<IActionResult> Details(string slug, CancellationToken cancellationToken) => RenderAsync(slug, cancellationToken);

    private async Task<IActionResult> RenderAsync(string slug, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var vm = await JurisdictionHomeQuery.LoadAsync(db, slug, today, bodies, t, cancellationToken);
        return vm is null ? NotFound() : View("Index", vm);
    }
}
