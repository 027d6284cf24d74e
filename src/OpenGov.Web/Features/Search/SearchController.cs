using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;
using OpenGov.Core.Commitments;
using OpenGov.Web.Data;
using OpenGov.Web.Features.Shared;
using OpenGov.Web.Infrastructure.Caching;
using OpenGov.Web.Infrastructure.Paging;
using OpenGov.Web.Resources;

namespace OpenGov.Web.Features.Search;

/// <summary>
/// Full-text search over everything public (ADR-039): <c>/search</c> across jurisdictions, <c>/{slug}/search</c>
/// with that jurisdiction chosen. A GET form, so it works without JavaScript and results can be linked.
/// </summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class SearchController(AppDbContext db, IStringLocalizer<SharedResource> t) : Controller
{
    public const int MinLength = 2;
    public const int MaxLength = 200;

    [HttpGet("/search")]
    public Task<IActionResult> Index(string? q, string? jurisdiction, SearchKind? kind, MilestoneStatus? status, int page = 1, CancellationToken cancellationToken = default) =>
        SearchAsync(q, jurisdiction, kind, status, page, cancellationToken);

    /// <summary>The same page with the jurisdiction chosen, unless the form says otherwise (an empty choice is all).</summary>
    [HttpGet("/{slug}/search")]
    public async Task<IActionResult> InJurisdiction(string slug, string? q, SearchKind? kind, MilestoneStatus? status, int page = 1, CancellationToken cancellationToken = default)
    {
        if (await PortalChromeQuery.FindAsync(db, HttpContext, slug) is null)
        {
            return NotFound();
        }

        var jurisdiction = Request.Query.ContainsKey("jurisdiction") ? Request.Query["jurisdiction"].ToString() : slug;
        return await SearchAsync(q, jurisdiction, kind, status, page, cancellationToken);
    }

    private async Task<IActionResult> SearchAsync(string? q, string? jurisdiction, SearchKind? kind, MilestoneStatus? status, int page, CancellationToken cancellationToken)
    {
        var chrome = await PortalChromeQuery.LoadAsync(db, HttpContext);
        var chosen = string.IsNullOrWhiteSpace(jurisdiction)
            ? null
            : chrome.All.FirstOrDefault(j => string.Equals(j.Slug, jurisdiction, StringComparison.OrdinalIgnoreCase));
        // An empty box submitted is a question too (the binder turns "" into null).
        var asked = Request.Query.ContainsKey("q");
        var text = q?.Trim() ?? "";
        if (text.Length > MaxLength)
        {
            text = text[..MaxLength];
        }

        if (asked && text.Length < MinLength)
        {
            ModelState.AddModelError(nameof(q), t["Escriba al menos dos letras para buscar."]);
        }

        // Nothing typed yet (the page opened from a link), or a word too short or a filter that does not exist.
        if (!asked || !ModelState.IsValid)
        {
            return View("Index", new SearchViewModel(asked ? text : null, chosen?.Slug, kind, status, chrome.All, [], null));
        }

        var rows = await SearchQuery.RunAsync(db, text, chosen?.Id, kind, status, page, cancellationToken);
        var counts = Counts(rows[0]);
        var total = kind is { } k ? counts.Single(c => c.Kind == k).Count : counts.Sum(c => c.Count);
        var items = rows.Where(r => r.Kind is not null).Select(r => ToItem(r, chrome)).ToList();
        var results = new PagedList<SearchResultItem>(items, Math.Max(page, 1), SearchQuery.PageSize, (int)total);
        if (items.Count == 0 && results.Page > results.PageCount)
        {
            // A page past the end (the results shrank since the link was made): the last page instead.
            var query = Request.Query.ToDictionary(p => p.Key, p => (string?)p.Value.ToString());
            query["page"] = results.PageCount.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Redirect(Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(Request.Path, query));
        }

        return View("Index", new SearchViewModel(text, chosen?.Slug, kind, status, chrome.All, counts, results, rows[0].Corrected));
    }

    private static List<KindCount> Counts(SearchRow row) =>
    [
        new(SearchKind.Commitment, row.Commitments),
        new(SearchKind.Milestone, row.Milestones),
        new(SearchKind.ProgressUpdate, row.ProgressUpdates),
        new(SearchKind.Report, row.Reports),
        new(SearchKind.Meeting, row.Meetings),
        new(SearchKind.Proposal, row.Proposals),
        new(SearchKind.Institution, row.Institutions),
    ];

    private SearchResultItem ToItem(SearchRow row, PortalChrome chrome)
    {
        var kind = Enum.Parse<SearchKind>(row.Kind!);
        var slug = row.Slug!;
        var milestoneStatus = Enum.TryParse<MilestoneStatus>(row.Status, out var s) ? s : (MilestoneStatus?)null;
        var href = kind switch
        {
            SearchKind.Commitment => Url.Action("Details", "Commitments", new { slug, number = row.PlanNumber, code = row.Code }),
            SearchKind.Milestone => Url.Action("Details", "Milestones", new { slug, number = row.PlanNumber, code = row.Code, order = row.MilestoneOrder }),
            SearchKind.ProgressUpdate => Url.Action("Details", "Milestones", new { slug, number = row.PlanNumber, code = row.Code, order = row.MilestoneOrder })
                + "#" + Milestones.UpdateAnchors.Of(row.Id!.Value),
            SearchKind.Report => Url.Action("Details", "Monitoring", new { slug, id = row.Id }),
            SearchKind.Meeting => Url.Action("Details", "Meetings", new { slug, id = row.Id }),
            SearchKind.Proposal => Url.Action("Proposals", "CoCreation", new { slug, number = row.PlanNumber }) + "#proposal-" + row.Id,
            _ => InstitutionHref(chrome, slug),
        };
        var context = kind switch
        {
            SearchKind.Report or SearchKind.Meeting => null,
            _ => row.Code,
        };
        return new SearchResultItem(
            kind, href ?? "/", row.Title ?? "", row.Snippet, row.BrandName ?? slug, context,
            kind is SearchKind.Milestone or SearchKind.ProgressUpdate && milestoneStatus is { } ms ? Labels.Tag(ms) : null,
            kind == SearchKind.Proposal && Enum.TryParse<OpenGov.Core.CoCreation.ProposalStage>(row.Status, out var stage) ? CoCreation.CoCreationLabels.Of(stage) : null,
            row.Date);
    }

    /// <summary>Institutions have no page of their own: their jurisdiction's current plan lists what they lead.</summary>
    private string? InstitutionHref(PortalChrome chrome, string slug)
    {
        var j = chrome.All.FirstOrDefault(x => x.Slug == slug);
        if (j?.ActivePlanNumber is { } number)
        {
            return Url.Action("Details", "ActionPlans", new { slug, number });
        }

        return j is { IsDefault: true } ? "/" : Url.Action("Details", "Home", new { slug });
    }
}
