using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenGov.Core.CoCreation;
using OpenGov.Web.Data;
using OpenGov.Web.Features.ActionPlans;
using OpenGov.Web.Features.Admin;
using OpenGov.Web.Infrastructure.Paging;
using OpenGov.Web.Resources;
using Microsoft.AspNetCore.OutputCaching;
using OpenGov.Web.Infrastructure.Caching;

namespace OpenGov.Web.Features.CoCreation;

[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class CoCreationController(AppDbContext db, IStringLocalizer<SharedResource> t) : Controller
{
    [HttpGet("/{slug}/plans/{number:int}/co-creation")]
    public async Task<IActionResult> Index(string slug, int number, CancellationToken cancellationToken)
    {
        var plan = await PlanAsync(slug, number, cancellationToken);
        if (plan is null)
        {
            return NotFound();
        }

        var summary = await CoCreationQueries.SummaryAsync(db, plan.Id, cancellationToken);
        var workshops = await CoCreationQueries.WorkshopsAsync(db, plan.Id, cancellationToken);
        var proposals = await db.Proposals.CountAsync(p => p.ActionPlanId == plan.Id, cancellationToken);
        return View(new CoCreationViewModel(
            plan, summary with { GroupCount = plan.CoCreationGroupCount, PublicMeetingCount = plan.CoCreationPublicMeetingCount }, workshops,
            CoCreationCharts.Attendance(summary.Attendance, t, "attendance-chart"),
            summary.Funnel.IsEmpty ? null : CoCreationCharts.Funnel(summary.Funnel, t, "funnel-chart"),
            proposals));
    }

    [HttpGet("/{slug}/plans/{number:int}/proposals")]
    public async Task<IActionResult> Proposals(
        string slug, int number, ProposalStage? stage, string? axis, int? workshopId, int page = 1, CancellationToken cancellationToken = default)
    {
        var plan = await PlanAsync(slug, number, cancellationToken);
        if (plan is null)
        {
            return NotFound();
        }

        var query = db.Proposals.AsNoTracking().Where(p => p.ActionPlanId == plan.Id);
        if (stage is not null)
        {
            query = query.Where(p => p.Stage == stage);
        }

        if (!string.IsNullOrWhiteSpace(axis))
        {
            query = query.Where(p => p.ThematicAxis == axis);
        }

        if (workshopId is not null)
        {
            query = query.Where(p => p.WorkshopId == workshopId);
        }

        var proposals = await query.OrderBy(p => p.Id)
            .Select(p => new ProposalPublicItem(
                p.Id, p.Source, db.Workshops.Where(w => w.Id == p.WorkshopId).Select(w => w.Title).FirstOrDefault(),
                p.Text, p.Problem, p.Organization, p.ThematicAxis, p.Stage, p.Reason, p.MergedIntoProposalId,
                db.Commitments.Where(c => c.Id == p.CommitmentId).Select(c => c.Code).FirstOrDefault(),
                db.Commitments.Where(c => c.Id == p.CommitmentId).Select(c => c.Title).FirstOrDefault()))
            .ToPagedListAsync(page, cancellationToken: cancellationToken);
        var axes = await db.Proposals.AsNoTracking().Where(p => p.ActionPlanId == plan.Id && p.ThematicAxis != null)
            .Select(p => p.ThematicAxis!).Distinct().OrderBy(a => a).ToListAsync(cancellationToken);
        var workshops = await db.Workshops.AsNoTracking().Where(w => w.ActionPlanId == plan.Id)
            .OrderBy(w => w.HeldOn).ThenBy(w => w.Title).Select(w => new AdminOption(w.Id, w.Title, null)).ToListAsync(cancellationToken);
        var funnel = await CoCreationQueries.FunnelAsync(db, plan.Id, cancellationToken);
        return View(new ProposalLedgerViewModel(
            plan, proposals, stage, axis, workshopId, axes, workshops, funnel.IsEmpty ? null : CoCreationCharts.Funnel(funnel, t, "funnel-chart")));
    }

    private Task<PlanHeader?> PlanAsync(string slug, int number, CancellationToken cancellationToken) =>
        db.ActionPlans.AsNoTracking().ForJurisdiction(slug).Where(p => p.Number == number)
            .Select(p => new PlanHeader(p.Id, p.Jurisdiction!.Slug, p.Jurisdiction.Name, p.Jurisdiction.IsDefault, p.Number, p.Title, p.CoCreationGroupCount, p.CoCreationPublicMeetingCount))
            .FirstOrDefaultAsync(cancellationToken);
}
