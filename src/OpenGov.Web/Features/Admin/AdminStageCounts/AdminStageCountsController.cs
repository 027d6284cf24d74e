using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenGov.Core.CoCreation;
using OpenGov.Core.Common;
using OpenGov.Web.Authorization;
using OpenGov.Web.Data;
using OpenGov.Web.Resources;

namespace OpenGov.Web.Features.Admin.AdminStageCounts;

/// <summary>
/// A historical plan's funnel as stage counts (label and number, in order) when its individual
/// proposals are not available. The whole list is saved at once; the plan's version guards it.
/// </summary>
[Authorize(Policy = Policies.Administer)]
public sealed class AdminStageCountsController(AppDbContext db, IStringLocalizer<SharedResource> t, ILogger<AdminStageCountsController> logger) : Controller
{
    [HttpGet("/admin/plans/{planId:int}/stage-counts")]
    public async Task<IActionResult> Edit(int planId, CancellationToken cancellationToken)
    {
        var version = await db.ActionPlans.Where(p => p.Id == planId).Select(p => (uint?)p.Version).SingleOrDefaultAsync(cancellationToken);
        if (version is null)
        {
            return NotFound();
        }

        var rows = await db.ProposalStageCounts.AsNoTracking().Where(c => c.ActionPlanId == planId).OrderBy(c => c.Order)
            .Select(c => new StageCountRowInput { Label = c.Label, Count = c.Count })
            .ToListAsync(cancellationToken);
        return await FormAsync(new StageCountsEditViewModel { PlanId = planId, Rows = rows, Version = version.Value }, cancellationToken);
    }

    [HttpPost("/admin/plans/{planId:int}/stage-counts")]
    public async Task<IActionResult> Edit(int planId, StageCountsEditViewModel model, string? command, CancellationToken cancellationToken)
    {
        var plan = await db.ActionPlans.SingleOrDefaultAsync(p => p.Id == planId, cancellationToken);
        if (plan is null)
        {
            return NotFound();
        }

        model.PlanId = planId;
        var kept = model.Rows.Where(r => !r.Remove && !r.IsBlank).ToList();
        if (command == "add")
        {
            // "Add rows" only redraws the form with the typed rows and fresh blank ones; nothing is saved.
            ModelState.Clear();
            model.Rows = kept;
            return await FormAsync(model, cancellationToken);
        }

        var counts = new List<ProposalStageCount>();
        for (var i = 0; i < model.Rows.Count; i++)
        {
            var row = model.Rows[i];
            if (row.Remove || row.IsBlank)
            {
                continue;
            }

            if (row.Count is null)
            {
                ModelState.AddModelError($"Rows[{i}].Count", t["Indique el número de propuestas de la etapa «{0}».", row.Label?.Trim() ?? ""]);
                continue;
            }

            try
            {
                counts.Add(ProposalStageCount.Create(planId, counts.Count + 1, row.Label ?? "", row.Count.Value));
            }
            catch (DomainException exception)
            {
                ModelState.AddDomainError(exception, t, $"Rows[{i}].Label");
            }
        }

        if (!ModelState.IsValid)
        {
            return await FormAsync(model, cancellationToken);
        }

        db.ExpectVersion(plan, model.Version);
        db.ProposalStageCounts.RemoveRange(await db.ProposalStageCounts.Where(c => c.ActionPlanId == planId).ToListAsync(cancellationToken));
        db.ProposalStageCounts.AddRange(counts);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, t[AdminText.Conflict]);
            db.ChangeTracker.Clear();
            ModelState.Remove(nameof(model.Version));
            model.Version = await db.ActionPlans.Where(p => p.Id == planId).Select(p => p.Version).SingleAsync(cancellationToken);
            return await FormAsync(model, cancellationToken);
        }

        logger.LogInformation("Saved {Count} stage counts of plan {PlanId}", counts.Count, planId);
        TempData["StatusMessage"] = t["Se guardaron los conteos por etapa ({0} etapas).", counts.Count].Value;
        return RedirectToAction(nameof(Edit), new { planId });
    }

    private async Task<IActionResult> FormAsync(StageCountsEditViewModel model, CancellationToken cancellationToken)
    {
        model.PlanTitle = await db.ActionPlans.AsNoTracking().Where(p => p.Id == model.PlanId)
            .Select(p => p.Jurisdiction!.Name + " · " + p.Title).SingleAsync(cancellationToken);
        model.ProposalCount = await db.Proposals.CountAsync(p => p.ActionPlanId == model.PlanId, cancellationToken);
        if (ModelState.IsValid)
        {
            model.Rows.AddRange(Enumerable.Range(0, StageCountsEditViewModel.BlankRows).Select(_ => new StageCountRowInput()));
        }

        return View("Edit", model);
    }
}
