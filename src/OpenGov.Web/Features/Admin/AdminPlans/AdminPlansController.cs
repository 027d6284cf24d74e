using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenGov.Core.ActionPlans;
using OpenGov.Core.Common;
using OpenGov.Web.Authorization;
using OpenGov.Web.Data;
using OpenGov.Web.Features.Shared;
using OpenGov.Web.Infrastructure.Paging;
using OpenGov.Web.Resources;

namespace OpenGov.Web.Features.Admin.AdminPlans;

[Authorize(Policy = Policies.Administer)]
[Route("admin/plans")]
public sealed class AdminPlansController(
    AppDbContext db, IStringLocalizer<SharedResource> t, ILogger<AdminPlansController> logger) : Controller
{
    private const string DeleteView = "/Features/Admin/Delete.cshtml";

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, int? jurisdictionId, int page = 1, CancellationToken cancellationToken = default)
    {
        var query = db.ActionPlans.AsNoTracking();
        if (jurisdictionId is not null)
        {
            query = query.Where(p => p.JurisdictionId == jurisdictionId);
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            query = query.Where(p => EF.Functions.ILike(p.Title, AdminSearch.Contains(q), AdminSearch.Escape.ToString()));
        }

        var plans = await query
            .OrderBy(p => p.Jurisdiction!.Name).ThenBy(p => p.Number).ThenBy(p => p.Id)
            .Select(p => new PlanListItem(p.Id, p.Title, p.Jurisdiction!.Name, p.Number, p.PeriodStart, p.PeriodEnd, p.Status,
                db.Commitments.Count(c => c.ActionPlanId == p.Id)))
            .ToPagedListAsync(page, cancellationToken: cancellationToken);
        return View(new PlanIndexViewModel(plans, q, jurisdictionId, await db.JurisdictionOptionsAsync(cancellationToken)));
    }

    [HttpGet("new")]
    public Task<IActionResult> Create(int? jurisdictionId, CancellationToken cancellationToken) =>
        FormAsync(new PlanEditViewModel { JurisdictionId = jurisdictionId ?? 0 }, cancellationToken);

    [HttpPost("new")]
    public async Task<IActionResult> Create(PlanEditViewModel model, CancellationToken cancellationToken)
    {
        await ValidateAsync(model, null, cancellationToken);
        if (!ModelState.IsValid)
        {
            return await FormAsync(model, cancellationToken);
        }

        var plan = new ActionPlan { JurisdictionId = model.JurisdictionId, Title = model.Title.Trim() };
        Apply(model, plan);
        if (!TryMove(plan, model.Status))
        {
            return await FormAsync(model, cancellationToken);
        }

        db.ActionPlans.Add(plan);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Created action plan {PlanId}", plan.Id);
        TempData["StatusMessage"] = t["Se creó el plan «{0}». Ahora puede indicar sus instituciones líderes y respaldos.", plan.Title].Value;
        return RedirectToAction(nameof(Edit), new { id = plan.Id });
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var model = await db.ActionPlans.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new PlanEditViewModel
            {
                Id = p.Id, JurisdictionId = p.JurisdictionId, Title = p.Title, Number = p.Number,
                PeriodStart = p.PeriodStart, PeriodEnd = p.PeriodEnd, SubmittedOn = p.SubmittedOn, Status = p.Status,
                Vision = p.Vision, Summary = p.Summary, SummaryQu = p.SummaryQu, LeadInstitutionIds = p.LeadInstitutions.Select(i => i.Id).ToList(), Version = p.Version,
            })
            .SingleOrDefaultAsync(cancellationToken);
        return model is null ? NotFound() : await FormAsync(model, cancellationToken);
    }

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, PlanEditViewModel model, CancellationToken cancellationToken)
    {
        var plan = await db.ActionPlans.Include(p => p.LeadInstitutions).Include(p => p.Roles).AsSplitQuery().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (plan is null)
        {
            return NotFound();
        }

        // The jurisdiction is fixed: the plan's commitments use that jurisdiction's institutions.
        model.Id = id;
        model.JurisdictionId = plan.JurisdictionId;
        ModelState.Remove(nameof(model.JurisdictionId));
        await ValidateAsync(model, id, cancellationToken);
        if (!ModelState.IsValid)
        {
            return await FormAsync(model, cancellationToken);
        }

        db.ExpectVersion(plan, model.Version);
        plan.Title = model.Title.Trim();
        Apply(model, plan);
        if (!TryMove(plan, model.Status))
        {
            return await FormAsync(model, cancellationToken);
        }

        var leads = await db.Institutions.Where(i => model.LeadInstitutionIds.Contains(i.Id)).ToListAsync(cancellationToken);
        foreach (var removed in plan.LeadInstitutions.Where(i => !model.LeadInstitutionIds.Contains(i.Id)).ToList())
        {
            plan.RemoveLeadInstitution(removed);
        }

        leads.ForEach(plan.AddLeadInstitution);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            logger.LogInformation("Concurrent edit of action plan {PlanId} refused", id);
            return await ConflictAsync(id, model, cancellationToken);
        }

        TempData["StatusMessage"] = t["Se guardaron los cambios de «{0}».", plan.Title].Value;
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpPost("{id:int}/endorsements")]
    public async Task<IActionResult> AddEndorsement(int id, [Bind(Prefix = "NewEndorsement")] EndorsementInputModel input, CancellationToken cancellationToken)
    {
        var plan = await db.ActionPlans.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (plan is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            try
            {
                plan.AddEndorsement(input.Organization, input.EndorsedOn);
            }
            catch (DomainException exception)
            {
                ModelState.AddDomainError(exception, t, "NewEndorsement.Organization");
            }
        }

        if (!ModelState.IsValid)
        {
            var model = (await db.ActionPlans.AsNoTracking().Where(p => p.Id == id).Select(p => new PlanEditViewModel
            {
                Id = p.Id, JurisdictionId = p.JurisdictionId, Title = p.Title, Number = p.Number,
                PeriodStart = p.PeriodStart, PeriodEnd = p.PeriodEnd, SubmittedOn = p.SubmittedOn, Status = p.Status,
                Vision = p.Vision, Summary = p.Summary, SummaryQu = p.SummaryQu, LeadInstitutionIds = p.LeadInstitutions.Select(i => i.Id).ToList(), Version = p.Version,
            }).SingleAsync(cancellationToken));
            model.NewEndorsement = input;
            return await FormAsync(model, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        TempData["StatusMessage"] = t["Se añadió el respaldo de «{0}».", input.Organization.Trim()].Value;
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpPost("{id:int}/endorsements/{endorsementId:int}/delete")]
    public async Task<IActionResult> RemoveEndorsement(int id, int endorsementId, CancellationToken cancellationToken)
    {
        var plan = await db.ActionPlans.Include(p => p.Endorsements).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        var endorsement = plan?.Endorsements.SingleOrDefault(e => e.Id == endorsementId);
        if (plan is null || endorsement is null)
        {
            return NotFound();
        }

        plan.RemoveEndorsement(endorsementId);
        await db.SaveChangesAsync(cancellationToken);
        TempData["StatusMessage"] = t["Se quitó el respaldo de «{0}».", endorsement.Organization].Value;
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpGet("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var model = await DeleteModelAsync(id, cancellationToken);
        return model is null ? NotFound() : View(DeleteView, model);
    }

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, uint version, CancellationToken cancellationToken)
    {
        var model = await DeleteModelAsync(id, cancellationToken);
        var plan = await db.ActionPlans.Include(p => p.Endorsements).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (model is null || plan is null)
        {
            return NotFound();
        }

        if (model.Blockers.Count > 0)
        {
            return View(DeleteView, model);
        }

        if (await db.TryDeleteAsync(plan, version, logger, cancellationToken) is { } refusal)
        {
            ModelState.AddModelError(string.Empty, t[refusal]);
            return View(DeleteView, model);
        }

        logger.LogInformation("Deleted action plan {PlanId}", id);
        TempData["StatusMessage"] = t["Se eliminó el plan «{0}».", model.Name].Value;
        return RedirectToAction(nameof(Index));
    }

    private static void Apply(PlanEditViewModel model, ActionPlan plan)
    {
        plan.Number = model.Number!.Value;
        plan.PeriodStart = model.PeriodStart!.Value;
        plan.PeriodEnd = model.PeriodEnd!.Value;
        plan.SubmittedOn = model.SubmittedOn;
        plan.Vision = string.IsNullOrWhiteSpace(model.Vision) ? null : model.Vision.Trim();
        plan.Summary = string.IsNullOrWhiteSpace(model.Summary) ? null : model.Summary.Trim();
        plan.SummaryQu = string.IsNullOrWhiteSpace(model.SummaryQu) ? null : model.SummaryQu.Trim();
    }

    private bool TryMove(ActionPlan plan, PlanStatus status)
    {
        if (status == plan.Status)
        {
            return true;
        }

        try
        {
            plan.MoveTo(status);
            return true;
        }
        catch (DomainException exception)
        {
            ModelState.AddDomainError(exception, t, nameof(PlanEditViewModel.Status));
            return false;
        }
    }

    private async Task ValidateAsync(PlanEditViewModel model, int? id, CancellationToken cancellationToken)
    {
        if (!await db.Jurisdictions.AnyAsync(j => j.Id == model.JurisdictionId, cancellationToken))
        {
            ModelState.AddModelError(nameof(model.JurisdictionId), t["Elija la jurisdicción."]);
            return;
        }

        if (model.PeriodStart is { } start && model.PeriodEnd is { } end && end < start)
        {
            ModelState.AddModelError(nameof(model.PeriodEnd), t["El fin del periodo no puede ser anterior a su inicio."]);
        }

        if (model.Number is { } number && await db.ActionPlans.AnyAsync(p => p.JurisdictionId == model.JurisdictionId && p.Number == number && p.Id != id, cancellationToken))
        {
            ModelState.AddModelError(nameof(model.Number), t["Esta jurisdicción ya tiene un plan con ese número."]);
        }

        var foreign = model.LeadInstitutionIds.Count - await db.Institutions
            .CountAsync(i => model.LeadInstitutionIds.Contains(i.Id) && i.JurisdictionId == model.JurisdictionId, cancellationToken);
        if (foreign > 0)
        {
            ModelState.AddModelError(nameof(model.LeadInstitutionIds), t["Elija instituciones de la jurisdicción del plan."]);
        }

        if (id is not null && await db.PlanRoles.AnyAsync(
            r => r.ActionPlanId == id && r.Kind == PlanRoleKind.IndependentMonitor && model.LeadInstitutionIds.Contains(r.InstitutionId), cancellationToken))
        {
            ModelState.AddModelError(nameof(model.LeadInstitutionIds), t["El monitor independiente del plan no puede ser a la vez una de sus instituciones líderes."]);
        }
    }

    private async Task<IActionResult> FormAsync(PlanEditViewModel model, CancellationToken cancellationToken)
    {
        model.Jurisdictions = await db.JurisdictionOptionsAsync(cancellationToken);
        model.JurisdictionName = model.Jurisdictions.FirstOrDefault(j => j.Id == model.JurisdictionId)?.Name;
        if (model.Id is { } id)
        {
            var saved = await db.ActionPlans.AsNoTracking().Where(p => p.Id == id)
                .Select(p => new
                {
                    p.Status,
                    Commitments = db.Commitments.Count(c => c.ActionPlanId == p.Id),
                    Endorsements = p.Endorsements.OrderBy(e => e.EndorsedOn).ThenBy(e => e.Organization)
                        .Select(e => new EndorsementItem(e.Id, e.Organization, e.EndorsedOn)).ToList(),
                })
                .SingleAsync(cancellationToken);
            model.SavedStatus = saved.Status;
            model.CommitmentCount = saved.Commitments;
            model.Endorsements = saved.Endorsements;
            model.Institutions = await db.InstitutionOptionsAsync(model.JurisdictionId, cancellationToken);
        }

        return View("Edit", model);
    }

    private async Task<IActionResult> ConflictAsync(int id, PlanEditViewModel model, CancellationToken cancellationToken)
    {
        var current = await db.ActionPlans.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new
            {
                p.Title, p.Number, p.PeriodStart, p.PeriodEnd, p.SubmittedOn, p.Status, p.Vision, p.Summary, p.SummaryQu, p.Version,
                Leads = p.LeadInstitutions.OrderBy(i => i.Name).Select(i => i.Name).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        ModelState.AddModelError(string.Empty, t[AdminText.Conflict]);
        if (current is not null)
        {
            // The next save is a deliberate overwrite of what the user has now seen.
            ModelState.Remove(nameof(model.Version));
            model.Version = current.Version;
            model.CurrentValues =
            [
                new(t["Título"], current.Title),
                new(t["Número del plan"], current.Number.ToString(System.Globalization.CultureInfo.CurrentCulture)),
                new(t["Periodo"], $"{Display.Date(current.PeriodStart)} – {Display.Date(current.PeriodEnd)}"),
                new(t["Presentado el"], Display.Date(current.SubmittedOn)),
                new(t["Etapa"], t[Labels.Of(current.Status)]),
                new(t["Instituciones líderes"], string.Join(", ", current.Leads)),
                new(t["Visión estratégica"], current.Vision),
                new(t["Resumen"], current.Summary),
                new(t["Resumen en kichwa"], current.SummaryQu, "qu"),
            ];
        }

        return await FormAsync(model, cancellationToken);
    }

    private async Task<AdminDeleteViewModel?> DeleteModelAsync(int id, CancellationToken cancellationToken)
    {
        var plan = await db.ActionPlans.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new
            {
                p.Title, p.Number, p.Version, p.Status, Jurisdiction = p.Jurisdiction!.Name,
                Commitments = db.Commitments.Count(c => c.ActionPlanId == p.Id),
                Workshops = db.Workshops.Count(w => w.ActionPlanId == p.Id),
                Proposals = db.Proposals.Count(x => x.ActionPlanId == p.Id),
                Reports = db.MonitoringReports.Count(r => r.ActionPlanId == p.Id),
                Meetings = db.CommitteeMeetings.Count(m => m.ActionPlanId == p.Id),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (plan is null)
        {
            return null;
        }

        // ADR-017: only a plan still in co-creation with nothing recorded under it may go.
        var blockers = new List<string>();
        if (plan.Status != PlanStatus.CoCreation)
        {
            blockers.Add(t["ya salió de la cocreación (estado: {0}) y lo publicado no se borra", t[Labels.Of(plan.Status)]]);
        }

        if (plan.Commitments > 0) blockers.Add(t["tiene {0} compromisos", plan.Commitments]);
        if (plan.Workshops > 0) blockers.Add(t["tiene {0} talleres de cocreación", plan.Workshops]);
        if (plan.Proposals > 0) blockers.Add(t["tiene {0} propuestas de cocreación", plan.Proposals]);
        if (plan.Reports > 0) blockers.Add(t["tiene {0} informes de monitoreo", plan.Reports]);
        if (plan.Meetings > 0) blockers.Add(t["tiene {0} reuniones del comité", plan.Meetings]);
        return new AdminDeleteViewModel(
            t["Eliminar el plan de acción"], plan.Title, plan.Version,
            [new(t["Título"], plan.Title), new(t["Jurisdicción"], plan.Jurisdiction), new(t["Número del plan"], plan.Number.ToString(System.Globalization.CultureInfo.CurrentCulture))],
            blockers,
            Url.Action(nameof(Edit), new { id })!,
            [new(t["Administración"], Url.Action("Index", "Admin")), new(t["Planes de acción"], Url.Action(nameof(Index))), new(t["Eliminar"])]);
    }
}
