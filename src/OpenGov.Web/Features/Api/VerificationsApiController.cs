using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenGov.Core.Commitments;
using OpenGov.Web.Data;
using OpenGov.Web.Features.Milestones;

namespace OpenGov.Web.Features.Api;

/// <summary>The steering committee's verdicts on progress reports.</summary>
[Route("api/v1/verifications")]
public sealed class VerificationsApiController(AppDbContext db, TimeProvider time) : ApiControllerBase(time)
{
    [HttpGet]
    [EndpointSummary("List verifications")]
    [ProducesResponseType<ApiPage<VerificationResource>>(StatusCodes.Status200OK, "application/json")]
    public async Task<IActionResult> List(
        [FromQuery] ApiListQuery query,
        [Description("Only the verdicts on this plan's milestones (its id).")] int? plan,
        [Description("Only the verdicts on this milestone's reports (its id).")] int? milestone,
        [FromQuery(Name = "progress_update"), Description("Only the verdicts on this progress report (its id).")] int? progressUpdate,
        [Description("Only verdicts of this kind.")] VerificationVerdict? verdict,
        CancellationToken cancellationToken)
    {
        var paging = Paging(query);
        var verifications = db.Verifications.AsNoTracking();
        if (plan is { } planId)
        {
            var milestones = db.Milestones.ForPlan(planId).Select(m => m.Id);
            verifications = verifications.Where(v => db.ProgressUpdates.Any(u => u.Id == v.ProgressUpdateId && milestones.Contains(u.MilestoneId)));
        }

        if (milestone is { } milestoneId)
        {
            verifications = verifications.Where(v => db.ProgressUpdates.Any(u => u.Id == v.ProgressUpdateId && u.MilestoneId == milestoneId));
        }

        if (progressUpdate is { } updateId)
        {
            verifications = verifications.Where(v => v.ProgressUpdateId == updateId);
        }

        if (verdict is { } kind)
        {
            verifications = verifications.Where(v => v.Verdict == kind);
        }

        if (paging.UpdatedSince is { } since)
        {
            verifications = verifications.Where(v => v.RecordedAt >= since);
        }

        return Page(await ResourcesAsync(verifications.PageOf(paging), cancellationToken), paging, v => v.Id);
    }

    [HttpGet("{id:int}")]
    [EndpointSummary("One verification")]
    [ProducesResponseType<VerificationResource>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Get(int id, CancellationToken cancellationToken) =>
        One((await ResourcesAsync(db.Verifications.AsNoTracking().Where(v => v.Id == id), cancellationToken)).SingleOrDefault());

    private async Task<IReadOnlyList<VerificationResource>> ResourcesAsync(IQueryable<Verification> verifications, CancellationToken cancellationToken)
    {
        var rows = await (
                from v in verifications
                join u in db.ProgressUpdates on v.ProgressUpdateId equals u.Id
                select new { v.Id, v.ProgressUpdateId, u.MilestoneId, v.Verdict, v.RecordedAt, v.Comment })
            .ToListAsync(cancellationToken);
        var root = BaseUrl;
        return rows.OrderBy(v => v.Id).Select(v => new VerificationResource(
            v.Id, v.ProgressUpdateId, v.MilestoneId, v.Verdict, v.RecordedAt, v.Comment,
            new ApiLinks
            {
                ["self"] = $"{root}/api/v1/verifications/{v.Id}",
                ["progress_update"] = $"{root}/api/v1/progress-updates/{v.ProgressUpdateId}",
                ["milestone"] = $"{root}/api/v1/milestones/{v.MilestoneId}",
            })).ToList();
    }
}
