using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenGov.Core.Commitments;
using OpenGov.Web.Data;
using OpenGov.Web.Data.Facts;

namespace OpenGov.Web.Features.Api;

/// <summary>Commitments with their progress from the read model (ADR-029), today's or as of a past day.</summary>
[Route("api/v1/commitments")]
public sealed class CommitmentsApiController(AppDbContext db, TimeProvider time) : ApiControllerBase(time)
{
    [HttpGet]
    [EndpointSummary("List commitments")]
    [ProducesResponseType<ApiPage<CommitmentResource>>(StatusCodes.Status200OK, "application/json")]
    public async Task<IActionResult> List(
        [FromQuery] ApiListQuery query,
        [Description("Only the commitments of this plan (its id).")] int? plan,
        [Description("Only the commitments of this jurisdiction's plans (its slug).")] string? jurisdiction,
        [Description("Only commitments this institution leads or supports (its id), or whose milestones it is responsible for.")] int? institution,
        [FromQuery(Name = "verification_state"), Description("Only commitments in this verification state on the day of the figures.")] VerificationState? verificationState,
        [Description("Figures as they stood at the end of this day (YYYY-MM-DD, UTC); today's when absent.")] string? asOf,
        CancellationToken cancellationToken)
    {
        var paging = Paging(query);
        var day = AsOfDay(asOf);
        var commitments = db.Commitments.AsNoTracking().ExistingOn(db, day);
        if (plan is { } planId)
        {
            commitments = commitments.Where(c => c.ActionPlanId == planId);
        }

        if (jurisdiction is not null)
        {
            commitments = commitments.Where(c => db.ActionPlans.Any(p => p.Id == c.ActionPlanId && p.Jurisdiction!.Slug == jurisdiction));
        }

        if (institution is { } institutionId)
        {
            commitments = commitments.Where(c =>
                c.LeadInstitutions.Any(i => i.Id == institutionId)
                || c.SupportingInstitutions.Any(i => i.Id == institutionId)
                || c.Milestones.Any(m => m.ResponsibleInstitutionId == institutionId));
        }

        if (paging.UpdatedSince is { } since)
        {
            // The commitment or one of its milestones changed, or a milestone got a report or a verdict.
            commitments = commitments.Where(c =>
                db.AuditEvents.Any(a => a.CommitmentId == c.Id && a.OccurredAt >= since)
                || db.ProgressUpdates.Any(u => c.Milestones.Any(m => m.Id == u.MilestoneId)
                    && (u.ReportedAt >= since || db.Verifications.Any(v => v.ProgressUpdateId == u.Id && v.RecordedAt >= since))));
        }

        var rows = await ReadAsync(
            paging,
            async (after, take) => await ResourcesAsync(commitments.Where(c => c.Id > after).OrderBy(c => c.Id).Take(take), day, cancellationToken),
            c => c.Id,
            verificationState is { } state ? c => c.VerificationState == state : null);
        return Page(rows, paging, c => c.Id);
    }

    [HttpGet("{id:int}")]
    [EndpointSummary("One commitment")]
    [ProducesResponseType<CommitmentResource>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Get(
        int id,
        [Description("Figures as they stood at the end of this day (YYYY-MM-DD, UTC); today's when absent.")] string? asOf,
        CancellationToken cancellationToken)
    {
        var day = AsOfDay(asOf);
        return One((await ResourcesAsync(db.Commitments.AsNoTracking().ExistingOn(db, day).Where(c => c.Id == id), day, cancellationToken)).SingleOrDefault());
    }

    private async Task<IReadOnlyList<CommitmentResource>> ResourcesAsync(IQueryable<Commitment> commitments, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var rows = await commitments
            .Select(c => new
            {
                c.Id, c.ActionPlanId, c.Code, c.Number, c.Title, c.ThematicAxis, c.Problem, c.StatusQuo, c.Description, c.HowItSolves,
                c.OgpValues, c.Sdgs,
                Leads = c.LeadInstitutions.OrderBy(i => i.Name).Select(i => i.Name).ToList(),
                Supporting = c.SupportingInstitutions.OrderBy(i => i.Name).Select(i => i.Name).ToList(),
                c.Contact, c.Weight, c.Summary, c.SummaryEn, c.SummaryQu, c.IsIllustrative,
                Plan = db.ActionPlans.Where(p => p.Id == c.ActionPlanId).Select(p => new { p.Number, p.Jurisdiction!.Slug }).First(),
            })
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return [];
        }

        // The roll-ups of the Core rules over the milestone rows, as the plan page and the file compute them.
        var facts = (await PlanFacts.LoadAsync(db, rows.Select(r => r.ActionPlanId).Distinct().ToList(), asOf, cancellationToken))
            .Values.SelectMany(p => p.Commitments).ToDictionary(c => c.Id);
        var day = FiguresDay(asOf);
        var root = BaseUrl;
        return rows.Select(c =>
        {
            var f = facts.GetValueOrDefault(c.Id);
            var progress = f?.Progress ?? CommitmentProgress.NoData;
            return new CommitmentResource(
                c.Id, c.ActionPlanId, c.Code, c.Number, c.Title, c.ThematicAxis, c.Problem, c.StatusQuo, c.Description, c.HowItSolves,
                ApiValues.Names(c.OgpValues), c.Sdgs, c.Leads, c.Supporting, c.Contact, c.Weight, c.Summary, c.SummaryEn, c.SummaryQu,
                f?.Milestones.Count ?? 0, progress.Reported.Percent, progress.Verified.Percent, progress.Verification, day, c.IsIllustrative,
                new ApiLinks
                {
                    ["self"] = $"{root}/api/v1/commitments/{c.Id}",
                    ["html"] = $"{root}/{c.Plan.Slug}/plans/{c.Plan.Number}/commitments/{c.Code.ToLowerInvariant()}",
                    ["plan"] = $"{root}/api/v1/plans/{c.ActionPlanId}",
                    ["milestones"] = $"{root}/api/v1/milestones?commitment={c.Id}",
                });
        }).ToList();
    }
}
