using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenGov.Core.Commitments;
using OpenGov.Web.Data;
using OpenGov.Web.Features.Milestones;

namespace OpenGov.Web.Features.Api;

/// <summary>The progress reports filed on milestones, with their evidence.</summary>
[Route("api/v1/progress-updates")]
public sealed class ProgressUpdatesApiController(AppDbContext db, TimeProvider time) : ApiControllerBase(time)
{
    [HttpGet]
    [EndpointSummary("List progress updates")]
    [ProducesResponseType<ApiPage<ProgressUpdateResource>>(StatusCodes.Status200OK, "application/json")]
    public async Task<IActionResult> List(
        [FromQuery] ApiListQuery query,
        [Description("Only the reports on this plan's milestones (its id).")] int? plan,
        [Description("Only the reports on this milestone (its id).")] int? milestone,
        [Description("Only the reports filed by this institution (its id).")] int? institution,
        [Description("Only the reports with this status.")] MilestoneStatus? status,
        CancellationToken cancellationToken)
    {
        var paging = Paging(query);
        var updates = db.ProgressUpdates.AsNoTracking();
        if (plan is { } planId)
        {
            var milestones = db.Milestones.ForPlan(planId).Select(m => m.Id);
            updates = updates.Where(u => milestones.Contains(u.MilestoneId));
        }

        if (milestone is { } milestoneId)
        {
            updates = updates.Where(u => u.MilestoneId == milestoneId);
        }

        if (institution is { } institutionId)
        {
            updates = updates.Where(u => u.AuthorInstitutionId == institutionId);
        }

        if (status is { } s)
        {
            updates = updates.Where(u => u.Status == s);
        }

        if (paging.UpdatedSince is { } since)
        {
            // Filed, or given a verdict, since then.
            updates = updates.Where(u => u.ReportedAt >= since || db.Verifications.Any(v => v.ProgressUpdateId == u.Id && v.RecordedAt >= since));
        }

        return Page(await ResourcesAsync(updates.PageOf(paging), cancellationToken), paging, u => u.Id);
    }

    [HttpGet("{id:int}")]
    [EndpointSummary("One progress update")]
    [ProducesResponseType<ProgressUpdateResource>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Get(int id, CancellationToken cancellationToken) =>
        One((await ResourcesAsync(db.ProgressUpdates.AsNoTracking().Where(u => u.Id == id), cancellationToken)).SingleOrDefault());

    private async Task<IReadOnlyList<ProgressUpdateResource>> ResourcesAsync(IQueryable<ProgressUpdate> updates, CancellationToken cancellationToken)
    {
        var rows = await (
                from u in updates
                join i in db.Institutions on u.AuthorInstitutionId equals i.Id into institutions
                from i in institutions.DefaultIfEmpty()
                select new
                {
                    u.Id, u.MilestoneId, u.ReportedAt, u.Progress, u.Status, u.Narrative,
                    Institution = i == null ? null : i.Name,
                    Files = u.Files.OrderBy(f => f.Id).Select(f => new { f.Id, f.FileName, f.ContentType, f.SizeBytes, f.Sha256 }).ToList(),
                    Links = u.Links.OrderBy(l => l.Id).Select(l => l.Url).ToList(),
                })
            .ToListAsync(cancellationToken);
        var root = BaseUrl;
        return rows.OrderBy(u => u.Id).Select(u => new ProgressUpdateResource(
            u.Id, u.MilestoneId, u.ReportedAt, u.Progress, u.Status, u.Narrative, u.Institution,
            u.Files.Select(f => new EvidenceFileResource(f.Id, f.FileName, f.ContentType, f.SizeBytes, f.Sha256, $"{root}/evidence/{f.Id}/{Uri.EscapeDataString(f.FileName)}")).ToList(),
            u.Links,
            new ApiLinks
            {
                ["self"] = $"{root}/api/v1/progress-updates/{u.Id}",
                ["milestone"] = $"{root}/api/v1/milestones/{u.MilestoneId}",
                ["verifications"] = $"{root}/api/v1/verifications?progress_update={u.Id}",
            })).ToList();
    }
}
