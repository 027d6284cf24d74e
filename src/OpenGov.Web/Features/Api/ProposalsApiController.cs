using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenGov.Core.CoCreation;
using OpenGov.Web.Data;

namespace OpenGov.Web.Features.Api;

/// <summary>The proposals ledger of each plan's co-creation.</summary>
[Route("api/v1/proposals")]
public sealed class ProposalsApiController(AppDbContext db, TimeProvider time) : ApiControllerBase(time)
{
    [HttpGet]
    [EndpointSummary("List proposals")]
    [ProducesResponseType<ApiPage<ProposalResource>>(StatusCodes.Status200OK, "application/json")]
    public async Task<IActionResult> List(
        [FromQuery] ApiListQuery query,
        [Description("Only the proposals for this plan (its id).")] int? plan,
        [Description("Only the proposals gathered at this workshop (its id).")] int? workshop,
        [Description("Only the proposals at this stage now.")] ProposalStage? stage,
        CancellationToken cancellationToken)
    {
        var paging = Paging(query);
        var proposals = db.Proposals.AsNoTracking().ChangedSince(db, paging.UpdatedSince);
        if (plan is { } planId)
        {
            proposals = proposals.Where(p => p.ActionPlanId == planId);
        }

        if (workshop is { } workshopId)
        {
            proposals = proposals.Where(p => p.WorkshopId == workshopId);
        }

        if (stage is { } s)
        {
            proposals = proposals.Where(p => p.Stage == s);
        }

        return Page(await ResourcesAsync(proposals.PageOf(paging), cancellationToken), paging, p => p.Id);
    }

    [HttpGet("{id:int}")]
    [EndpointSummary("One proposal")]
    [ProducesResponseType<ProposalResource>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Get(int id, CancellationToken cancellationToken) =>
        One((await ResourcesAsync(db.Proposals.AsNoTracking().Where(p => p.Id == id), cancellationToken)).SingleOrDefault());

    private async Task<IReadOnlyList<ProposalResource>> ResourcesAsync(IQueryable<Proposal> proposals, CancellationToken cancellationToken)
    {
        var rows = await proposals
            .Select(p => new
            {
                p.Id, p.ActionPlanId, p.Source, p.WorkshopId, p.Text, p.Problem, p.Organization, p.ThematicAxis, p.Stage, p.ReachedStage,
                p.Reason, p.MergedIntoProposalId, p.CommitmentId,
                Plan = db.ActionPlans.Where(a => a.Id == p.ActionPlanId).Select(a => new { a.Number, a.Jurisdiction!.Slug }).First(),
            })
            .ToListAsync(cancellationToken);
        var root = BaseUrl;
        return rows.OrderBy(p => p.Id).Select(p =>
        {
            var links = new ApiLinks
            {
                ["self"] = $"{root}/api/v1/proposals/{p.Id}",
                ["html"] = $"{root}/{p.Plan.Slug}/plans/{p.Plan.Number}/proposals",
                ["plan"] = $"{root}/api/v1/plans/{p.ActionPlanId}",
            };
            if (p.WorkshopId is { } workshopId)
            {
                links["workshop"] = $"{root}/api/v1/workshops/{workshopId}";
            }

            if (p.CommitmentId is { } commitmentId)
            {
                links["commitment"] = $"{root}/api/v1/commitments/{commitmentId}";
            }

            return new ProposalResource(
                p.Id, p.ActionPlanId, p.Source, p.WorkshopId, p.Text, p.Problem, p.Organization, p.ThematicAxis, p.Stage, p.ReachedStage,
                p.Reason, p.MergedIntoProposalId, p.CommitmentId, links);
        }).ToList();
    }
}
