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
        var vm = await LoadAsync(null, cancellationToken);
        return vm is null ? View("NoJurisdiction") : View(vm);
    }

    [HttpGet("/{slug}")]
    public Task<IActionResult> Details(string slug, CancellationToken cancellationToken) => RenderAsync(slug, cancellationToken);

    private async Task<IActionResult> RenderAsync(string slug, CancellationToken cancellationToken)
    {
        var vm = await LoadAsync(slug, cancellationToken);
        return vm is null ? NotFound() : View("Index", vm);
    }

    private Task<JurisdictionHomeViewModel?> LoadAsync(string? slug, CancellationToken cancellationToken) =>
        JurisdictionHomeQuery.LoadAsync(db, slug, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), bodies, t, cancellationToken);
}
