using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenGov.Core.ActionPlans;
using OpenGov.Web.Data;
using OpenGov.Web.Data.Facts;

namespace OpenGov.Web.Features.Api;

/// <summary>Action plans with their overall figures: today's stored ones, or as of a past day.</summary>
[Route("api/v1/plans")]
public sealed class PlansApiController(AppDbContext db, TimeProvider time) : ApiControllerBase(time)
{
    [HttpGet]
    [EndpointSummary("List action plans")]
    [ProducesResponseType<ApiPage<PlanResource>>(StatusCodes.Status200OK, "application/json")]
    public async Task<IActionResult> List(
        [FromQuery] ApiListQuery query,
        [Description("Only the plans of this jurisdiction (its slug).")] string? jurisdiction,
        [Description("Only plans in this status.")] PlanStatus? status,
        [Description("Figures as they stood at the end of this day (YYYY-MM-DD, UTC); today's when absent.")] string? asOf,
        CancellationToken cancellationToken)
    {
        var paging = Paging(query);
        var day = AsOfDay(asOf);
        var plans = db.ActionPlans.AsNoTracking().ChangedSince(db, paging.UpdatedSince);
        if (jurisdiction is not null)
        {
            plans = plans.Where(p => p.Jurisdiction!.Slug == jurisdiction);
        }

        if (status is { } s)
        {
            plans = plans.Where(p => p.Status == s);
        }

        return Page(await ResourcesAsync(plans.PageOf(paging), day, cancellationToken), paging, p => p.Id);
    }

    [HttpGet("{id:int}")]
    [EndpointSummary("One action plan")]
    [ProducesResponseType<PlanResource>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Get(
        int id,
        [Description("Figures as they stood at the end of this day (YYYY-MM-DD, UTC); today's when absent.")] string? asOf,
        CancellationToken cancellationToken)
    {
        var day = AsOfDay(asOf);
        return One((await ResourcesAsync(db.ActionPlans.AsNoTracking().Where(p => p.Id == id), day, cancellationToken)).SingleOrDefault());
    }

    private async Task<IReadOnlyList<PlanResource>> ResourcesAsync(IQueryable<ActionPlan> plans, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var rows = await (
                from p in plans
                join f in db.PlanFigures on p.Id equals f.ActionPlanId into figures
                from f in figures.DefaultIfEmpty()
                select new
                {
                    p.Id, p.JurisdictionId, p.Jurisdiction!.Slug, p.Number, p.Title, p.Status, p.PeriodStart, p.PeriodEnd, p.SubmittedOn, p.Summary,
                    Reported = f == null ? null : f.ReportedPercent,
                    Verified = f == null ? null : f.VerifiedPercent,
                    WithData = f == null ? 0 : f.CommitmentsWithData,
                    Commitments = db.Commitments.Count(c => c.ActionPlanId == p.Id),
                    Illustrative = f != null && f.IsIllustrative,
                })
            .ToListAsync(cancellationToken);

        // As of a past day the roll-ups are replayed from the history (ADR-029), by the same Core rules.
        var past = asOf is null || rows.Count == 0
            ? null
            : await PlanFacts.LoadAsync(db, rows.Select(r => r.Id).ToList(), asOf, cancellationToken);
        var day = FiguresDay(asOf);
        var root = BaseUrl;
        return rows.Select(p =>
        {
            var links = new ApiLinks
            {
                ["self"] = $"{root}/api/v1/plans/{p.Id}",
                ["html"] = $"{root}/{p.Slug}/plans/{p.Number}",
                ["jurisdiction"] = $"{root}/api/v1/jurisdictions/{p.Slug}",
                ["commitments"] = $"{root}/api/v1/commitments?plan={p.Id}",
                ["milestones"] = $"{root}/api/v1/milestones?plan={p.Id}",
            };
            if (past is not null && past.TryGetValue(p.Id, out var facts))
            {
                var progress = facts.Progress;
                return new PlanResource(
                    p.Id, p.JurisdictionId, p.Slug, p.Number, p.Title, p.Status, p.PeriodStart, p.PeriodEnd, p.SubmittedOn, p.Summary,
                    progress.Reported.Percent, progress.Verified.Percent, progress.Coverage.WithData, progress.Coverage.Total,
                    facts.IsIllustrative, day, links);
            }

            return new PlanResource(
                p.Id, p.JurisdictionId, p.Slug, p.Number, p.Title, p.Status, p.PeriodStart, p.PeriodEnd, p.SubmittedOn, p.Summary,
                p.Reported, p.Verified, p.WithData, p.Commitments, p.Illustrative, day, links);
        }).ToList();
    }
}
