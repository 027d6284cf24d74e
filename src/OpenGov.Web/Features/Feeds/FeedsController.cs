using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenGov.Web.Data;
using OpenGov.Web.Features.ActionPlans;
using OpenGov.Web.Features.Commitments;
using OpenGov.Web.Features.Jurisdictions;
using OpenGov.Web.Features.Shared;
using OpenGov.Web.Infrastructure.Caching;
using OpenGov.Web.Resources;

namespace OpenGov.Web.Features.Feeds;

/// <summary>Atom feeds (RFC 4287) of a jurisdiction's news and of one commitment's progress, newest first.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class FeedsController(AppDbContext db, IEnumerable<IJurisdictionFeedSource> sources, TimeProvider clock, IStringLocalizer<SharedResource> t) : Controller
{
    public const int Limit = 50;

    [HttpGet("/{slug}/feed.atom")]
    public async Task<IActionResult> Jurisdiction(string slug, CancellationToken cancellationToken)
    {
        var j = await PortalChromeQuery.FindAsync(db, HttpContext, slug);
        if (j is null)
        {
            return NotFound();
        }

        var scope = Scope(j.Id, j.Slug);
        var entries = new List<FeedEntry>();
        foreach (var source in sources)
        {
            entries.AddRange(await source.LoadAsync(scope, Limit, cancellationToken));
        }

        var newest = entries.OrderByDescending(e => e.Updated).ThenBy(e => e.Id, StringComparer.Ordinal).Take(Limit).ToList();
        var self = Url.Action(nameof(Jurisdiction), "Feeds", new { slug = j.Slug }, Request.Scheme)!;
        var home = Url.Action("Details", "Home", new { slug = j.Slug }, Request.Scheme)!;
        return Atom(AtomWriter.Write(t["{0}: actas, avances e informes", j.BrandName], self, home, j.BrandName, newest, clock.GetUtcNow().UtcDateTime));
    }

    [HttpGet("/{slug}/plans/{number:int}/commitments/{code}/feed.atom")]
    public async Task<IActionResult> Commitment(string slug, int number, string code, CancellationToken cancellationToken)
    {
        var c = await (
                from commitment in db.Commitments.AsNoTracking().WithCode(code)
                join plan in db.ActionPlans.ForJurisdiction(slug).Where(p => p.Number == number) on commitment.ActionPlanId equals plan.Id
                select new { commitment.Id, commitment.Code, commitment.Title, plan.JurisdictionId, plan.Jurisdiction!.Slug, plan.Jurisdiction.BrandName })
            .FirstOrDefaultAsync(cancellationToken);
        if (c is null)
        {
            return NotFound();
        }

        var scope = Scope(c.JurisdictionId, c.Slug);
        var rows = await ProgressFeedQueries.NewestAsync(db, c.JurisdictionId, c.Id, Limit, cancellationToken);
        var self = Url.Action(nameof(Commitment), "Feeds", new { slug = c.Slug, number, code = c.Code }, Request.Scheme)!;
        var page = Url.Action("Details", "Commitments", new { slug = c.Slug, number, code = c.Code }, Request.Scheme)!;
        return Atom(AtomWriter.Write($"{c.Code} · {c.Title}", self, page, c.BrandName,
            rows.Select(r => ProgressFeedQueries.ToEntry(r, scope, t)).ToList(), clock.GetUtcNow().UtcDateTime));
    }

    private FeedScope Scope(int jurisdictionId, string slug) => new(jurisdictionId, slug, (kind, values) => kind switch
    {
        "meeting" => Url.Action("Details", "Meetings", values, Request.Scheme)!,
        "report" => Url.Action("Details", "Monitoring", values, Request.Scheme)!,
        "milestone" => Url.Action("Details", "Milestones", values, Request.Scheme)!,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown feed link."),
    });

    private FileContentResult Atom(byte[] document) => File(document, AtomWriter.ContentType);
}
