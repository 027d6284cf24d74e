using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenGov.Core.Commitments;
using OpenGov.Web.Data;
using OpenGov.Web.Features.Milestones;
using OpenGov.Web.Features.OpenData;
using OpenGov.Web.Features.Shared;

namespace OpenGov.Web.Features.Api;

/// <summary>Milestones as the read model projects them (ADR-029), today's or as of a past day.</summary>
[Route("api/v1/milestones")]
public sealed class MilestonesApiController(AppDbContext db, TimeProvider time) : ApiControllerBase(time)
{
    [HttpGet]
    [EndpointSummary("List milestones")]
    [ProducesResponseType<ApiPage<MilestoneResource>>(StatusCodes.Status200OK, "application/json")]
    public async Task<IActionResult> List(
        [FromQuery] ApiListQuery query,
        [Description("Only the milestones of this plan (its id).")] int? plan,
        [Description("Only the milestones of this commitment (its id).")] int? commitment,
        [Description("Only the milestones this institution is responsible for (its id).")] int? institution,
        [Description("Only milestones in this status on the day of the figures.")] MilestoneStatus? status,
        [Description("Figures as they stood at the end of this day (YYYY-MM-DD, UTC); today's when absent.")] string? asOf,
        CancellationToken cancellationToken)
    {
        var paging = Paging(query);
        var day = AsOfDay(asOf);
        var milestones = db.Milestones.AsNoTracking();
        if (plan is { } planId)
        {
            milestones = milestones.ForPlan(planId);
        }

        if (commitment is { } commitmentId)
        {
            milestones = milestones.Where(m => m.CommitmentId == commitmentId);
        }

        if (institution is { } institutionId)
        {
            milestones = milestones.Where(m => m.ResponsibleInstitutionId == institutionId);
        }

        if (paging.UpdatedSince is { } since)
        {
            // The milestone changed, or it got a report or a verdict. One filter rather than a UNION of
            // rows: PostgreSQL cannot UNION rows holding both xmin (hash only) and a tsvector (sort only, ADR-039).
            var changed = milestones.ChangedSince(db, since).Select(m => m.Id);
            milestones = milestones.Where(m => changed.Contains(m.Id)
                || db.ProgressUpdates.Any(u => u.MilestoneId == m.Id
                    && (u.ReportedAt >= since || db.Verifications.Any(v => v.ProgressUpdateId == u.Id && v.RecordedAt >= since))));
        }

        var rows = await ReadAsync(
            paging,
            async (after, take) => await ResourcesAsync(milestones.Where(m => m.Id > after).OrderBy(m => m.Id).Take(take), day, cancellationToken),
            m => m.Id,
            status is { } s ? m => m.Status == s : null);
        return Page(rows, paging, m => m.Id);
    }

    [HttpGet("{id:int}")]
    [EndpointSummary("One milestone")]
    [ProducesResponseType<MilestoneResource>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Get(
        int id,
        [Description("Figures as they stood at the end of this day (YYYY-MM-DD, UTC); today's when absent.")] string? asOf,
        CancellationToken cancellationToken)
    {
        var day = AsOfDay(asOf);
        return One((await ResourcesAsync(db.Milestones.AsNoTracking().Where(m => m.Id == id), day, cancellationToken)).SingleOrDefault());
    }

    private async Task<IReadOnlyList<MilestoneResource>> ResourcesAsync(IQueryable<Milestone> milestones, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var rows = (await milestones.SelectRows(db, asOf).ToListAsync(cancellationToken)).OrderBy(m => m.Id).ToList();
        if (rows.Count == 0)
        {
            return [];
        }

        // What the read model's row leaves out: where its page is.
        var ids = rows.Select(r => r.Id).ToList();
        var more = await db.Milestones.AsNoTracking()
            .Where(m => ids.Contains(m.Id))
            .Select(m => new
            {
                m.Id, m.Commitment!.ActionPlanId,
                Plan = db.ActionPlans.Where(p => p.Id == m.Commitment.ActionPlanId).Select(p => new { p.Number, p.Jurisdiction!.Slug }).First(),
            })
            .ToDictionaryAsync(m => m.Id, cancellationToken);
        var day = FiguresDay(asOf);
        var root = BaseUrl;
        return rows.Select(m =>
        {
            var x = more[m.Id];
            var schedule = m.Schedule(day);
            return new MilestoneResource(
                m.Id, m.CommitmentId, m.CommitmentCode, x.ActionPlanId, m.Order, m.Title, m.ExpectedOutput, m.MeansOfVerification, m.ResponsibleInstitution,
                m.BaselineStart, m.BaselineEnd, m.CurrentStart, m.CurrentEnd, m.ActualCompletion, m.DatesAssumed, m.Weight,
                m.Progress, m.Status, m.VerifiedProgress, m.Verification, OpenDataQueries.ScheduleStateOf(m.Status, schedule), schedule.SlippageDays,
                day, m.IsIllustrative,
                new ApiLinks
                {
                    ["self"] = $"{root}/api/v1/milestones/{m.Id}",
                    ["html"] = $"{root}/{x.Plan.Slug}/plans/{x.Plan.Number}/commitments/{m.CommitmentCode.ToLowerInvariant()}/milestones/{m.Order}",
                    ["commitment"] = $"{root}/api/v1/commitments/{m.CommitmentId}",
                    ["plan"] = $"{root}/api/v1/plans/{x.ActionPlanId}",
                    ["progress_updates"] = $"{root}/api/v1/progress-updates?milestone={m.Id}",
                });
        }).ToList();
    }
}
