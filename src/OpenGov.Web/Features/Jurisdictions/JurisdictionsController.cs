using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenGov.Core.ActionPlans;
using OpenGov.Web.Data;
using Microsoft.AspNetCore.OutputCaching;
using OpenGov.Web.Infrastructure.Caching;

namespace OpenGov.Web.Features.Jurisdictions;

[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.Policy)]
public class JurisdictionsController(AppDbContext db) : Controller
{
    /// <summary>Every jurisdiction with its active plan and overall progress, in three queries whatever the data size.</summary>
    [HttpGet("/jurisdictions")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var jurisdictions = await db.Jurisdictions.AsNoTracking()
            .OrderByDescending(j => j.IsDefault).ThenBy(j => j.Name)
            .Select(j => new { j.Id, j.Slug, j.Name, j.BrandName, j.Level, j.Country, j.OgpMemberSince })
            .ToListAsync(cancellationToken);
        var plans = await db.ActionPlans.AsNoTracking()
            .Select(p => new { p.Id, p.JurisdictionId, p.Number, p.Title, p.Status, p.PeriodStart, p.PeriodEnd })
            .ToListAsync(cancellationToken);

        // Same rule as ActionPlanQueries.ActiveFirst, applied in memory to the (few) plans.
        var active = plans
            .GroupBy(p => p.JurisdictionId)
            .ToDictionary(g => g.Key, g => g.OrderBy(p => p.Status == PlanStatus.Closed ? 1 : 0).ThenByDescending(p => p.Number).First());
        var planIds = active.Values.Select(p => p.Id).ToList();

        // The plans' stored roll-ups (ADR-029): one row per plan, however many milestones it has.
        var figures = await db.PlanFigures.AsNoTracking()
            .Where(f => planIds.Contains(f.ActionPlanId))
            .ToDictionaryAsync(f => f.ActionPlanId, cancellationToken);

        var items = jurisdictions.Select(j =>
        {
            var plan = active.GetValueOrDefault(j.Id);
            return new JurisdictionListItem(
                j.Slug, j.Name, j.BrandName, j.Level, j.Country, j.OgpMemberSince,
                plan?.Number, plan?.Title, plan?.Status, plan?.PeriodStart, plan?.PeriodEnd,
                plan is null ? null : figures.GetValueOrDefault(plan.Id));
        }).ToList();
        return View(items);
    }

    /// <summary>Target of the header's jurisdiction switcher (a GET form, so it works without JavaScript).</summary>
    [HttpGet("/jurisdictions/go")]
    public async Task<IActionResult> Go(string? slug, CancellationToken cancellationToken)
    {
        var match = slug is null ? null : await db.Jurisdictions.AsNoTracking().BySlug(slug)
            .Select(j => new { j.Slug, j.IsDefault }).FirstOrDefaultAsync(cancellationToken);
        if (match is null)
        {
            return RedirectToAction(nameof(Index));
        }

        return match.IsDefault ? Redirect("/") : RedirectToAction("Details", "Home", new { slug = match.Slug });
    }
}
