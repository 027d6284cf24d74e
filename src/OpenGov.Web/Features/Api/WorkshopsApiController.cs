using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenGov.Core.CoCreation;
using OpenGov.Web.Data;

namespace OpenGov.Web.Features.Api;

/// <summary>Co-creation workshops, attendance as aggregates only.</summary>
[Route("api/v1/workshops")]
public sealed class WorkshopsApiController(AppDbContext db, TimeProvider time) : ApiControllerBase(time)
{
    [HttpGet]
    [EndpointSummary("List co-creation workshops")]
    [ProducesResponseType<ApiPage<WorkshopResource>>(StatusCodes.Status200OK, "application/json")]
    public async Task<IActionResult> List(
        [FromQuery] ApiListQuery query,
        [Description("Only the workshops of this plan's co-creation (its id).")] int? plan,
        CancellationToken cancellationToken)
    {
        var paging = Paging(query);
        var workshops = db.Workshops.AsNoTracking().ChangedSince(db, paging.UpdatedSince);
        if (plan is { } planId)
        {
            workshops = workshops.Where(w => w.ActionPlanId == planId);
        }

        return Page(await ResourcesAsync(workshops.PageOf(paging), cancellationToken), paging, w => w.Id);
    }

    [HttpGet("{id:int}")]
    [EndpointSummary("One co-creation workshop")]
    [ProducesResponseType<WorkshopResource>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Get(int id, CancellationToken cancellationToken) =>
        One((await ResourcesAsync(db.Workshops.AsNoTracking().Where(w => w.Id == id), cancellationToken)).SingleOrDefault());

    private async Task<IReadOnlyList<WorkshopResource>> ResourcesAsync(IQueryable<Workshop> workshops, CancellationToken cancellationToken)
    {
        var rows = await workshops
            .Select(w => new
            {
                w.Id, w.ActionPlanId, w.Title, w.ThematicAxis, w.HeldOn, w.HeldUntil, w.DayNotStated, w.Place, w.Stages,
                w.Men, w.Women, w.CivilSociety, w.Community, w.Ngo, w.Associative, w.Private, w.Academia, w.Public,
                Plan = db.ActionPlans.Where(p => p.Id == w.ActionPlanId).Select(p => new { p.Number, p.Jurisdiction!.Slug }).First(),
            })
            .ToListAsync(cancellationToken);
        var root = BaseUrl;
        return rows.OrderBy(w => w.Id).Select(w => new WorkshopResource(
            w.Id, w.ActionPlanId, w.Title, w.ThematicAxis, w.HeldOn, w.HeldUntil, w.DayNotStated, w.Place, ApiValues.Names(w.Stages),
            w.Men, w.Women, w.Men + w.Women, w.CivilSociety, w.Community, w.Ngo, w.Associative, w.Private, w.Academia, w.Public,
            new ApiLinks
            {
                ["self"] = $"{root}/api/v1/workshops/{w.Id}",
                ["html"] = $"{root}/{w.Plan.Slug}/plans/{w.Plan.Number}/co-creation",
                ["plan"] = $"{root}/api/v1/plans/{w.ActionPlanId}",
                ["proposals"] = $"{root}/api/v1/proposals?workshop={w.Id}",
            })).ToList();
    }
}
