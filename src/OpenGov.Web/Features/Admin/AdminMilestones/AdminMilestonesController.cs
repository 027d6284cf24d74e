using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenGov.Core.ActionPlans;
using OpenGov.Core.Auditing;
using OpenGov.Core.Commitments;
using OpenGov.Core.Common;
using OpenGov.Web.Authorization;
using OpenGov.Web.Data;
using OpenGov.Web.Features.Shared;
using OpenGov.Web.Infrastructure.Paging;
using OpenGov.Web.Resources;

namespace OpenGov.Web.Features.Admin.AdminMilestones;

[Authorize(Policy = Policies.Administer)]
public sealed class AdminMilestonesController(
    AppDbContext db, IStringLocalizer<SharedResource> t, ILogger<AdminMilestonesController> logger) : Controller
{
    private const string DeleteView = "/Features/Admin/Delete.cshtml";

    [HttpGet("/admin/milestones")]
    public async Task<IActionResult> Index(string? q, int? commitmentId, int page = 1, CancellationToken cancellationToken = default)
    {
        var query = db.Milestones.AsNoTracking();
        if (commitmentId is not null)
        {
            query = query.Where(m => m.CommitmentId == commitmentId);
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            query = query.Where(m => EF.Functions.ILike(m.Title, AdminSearch.Contains(q), AdminSearch.Escape.ToString()));
        }

        var milestones = await query
            .OrderBy(m => m.Commitment!.ActionPlanId).ThenBy(m => m.Commitment!.Number).ThenBy(m => m.Order).ThenBy(m => m.Id)
            .Select(m => new MilestoneListItem(m.Id, m.Order, m.Title, m.Commitment!.Code, m.ResponsibleInstitution!.Name,
                m.CurrentEnd, m.Progress, m.Status, m.ProgressUpdates.Count))
            .ToPagedListAsync(page, cancellationToken: cancellationToken);
        var commitment = commitmentId is null ? null : await db.Commitments.AsNoTracking()
            .Where(c => c.Id == commitmentId).Select(c => c.Code + " · " + c.Title).SingleOrDefaultAsync(cancellationToken);
        return View(new MilestoneIndexViewModel(milestones, q, commitmentId, commitment));
    }

    [HttpGet("/admin/commitments/{commitmentId:int}/milestones/new")]
    public async Task<IActionResult> Create(int commitmentId, CancellationToken cancellationToken) =>
        await db.Commitments.AnyAsync(c => c.Id == commitmentId, cancellationToken)
            ? await FormAsync(new MilestoneEditViewModel { CommitmentId = commitmentId }, cancellationToken)
            : NotFound();

    [HttpPost("/admin/commitments/{commitmentId:int}/milestones/new")]
    public async Task<IActionResult> Create(int commitmentId, MilestoneEditViewModel model, CancellationToken cancellationToken)
    {
        var commitment = await db.Commitments.Include(c => c.Milestones).SingleOrDefaultAsync(c => c.Id == commitmentId, cancellationToken);
        if (commitment is null)
        {
            return NotFound();
        }

        model.CommitmentId = commitmentId;
        await ValidateAsync(model, cancellationToken);
        if (!ModelState.IsValid)
        {
            return await FormAsync(model, cancellationToken);
        }

        // Public addresses use the order, so a deleted milestone's number is never reused.
        var nextOrder = commitment.Milestones.Count == 0 ? 1 : commitment.Milestones.Max(m => m.Order) + 1;
        Milestone milestone;
        try
        {
            milestone = commitment.AddMilestone(model.Title, model.ResponsibleInstitutionId, model.BaselineStart, model.BaselineEnd, model.Weight);
        }
        catch (DomainException exception)
        {
            ModelState.AddDomainError(exception, t, string.Empty);
            return await FormAsync(model, cancellationToken);
        }

        milestone.Order = nextOrder;
        milestone.ExpectedOutput = Clean(model.ExpectedOutput);
        milestone.MeansOfVerification = Clean(model.MeansOfVerification);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Created milestone {MilestoneId} in commitment {CommitmentId}", milestone.Id, commitmentId);
        TempData["StatusMessage"] = t["Se creó el hito «{0}».", milestone.Title].Value;
        return RedirectToAction(nameof(Index), new { commitmentId });
    }

    [HttpGet("/admin/milestones/{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var model = await db.Milestones.AsNoTracking().Where(m => m.Id == id)
            .Select(m => new MilestoneEditViewModel
            {
                Id = m.Id, CommitmentId = m.CommitmentId, Title = m.Title, ExpectedOutput = m.ExpectedOutput,
                MeansOfVerification = m.MeansOfVerification, ResponsibleInstitutionId = m.ResponsibleInstitutionId, Weight = m.Weight,
                BaselineStart = m.BaselineStart, BaselineEnd = m.BaselineEnd, CurrentStart = m.CurrentStart, CurrentEnd = m.CurrentEnd,
                Version = m.Version,
            })
            .SingleOrDefaultAsync(cancellationToken);
        return model is null ? NotFound() : await FormAsync(model, cancellationToken);
    }

    [HttpPost("/admin/milestones/{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, MilestoneEditViewModel model, CancellationToken cancellationToken)
    {
        var milestone = await db.Milestones.SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (milestone is null)
        {
            return NotFound();
        }

        model.Id = id;
        model.CommitmentId = milestone.CommitmentId;
        var frozen = await IsBaselineFrozenAsync(milestone.CommitmentId, cancellationToken);
        var replanned = model.CurrentStart != milestone.CurrentStart || model.CurrentEnd != milestone.CurrentEnd;
        // Frozen baselines are not on the form; only a request that posts them asks to change them.
        var baselinePosted = !frozen || ModelState.ContainsKey(nameof(model.BaselineStart)) || ModelState.ContainsKey(nameof(model.BaselineEnd));
        var rebaselined = baselinePosted && (model.BaselineStart != milestone.BaselineStart || model.BaselineEnd != milestone.BaselineEnd);
        await ValidateAsync(model, cancellationToken);
        if (replanned && string.IsNullOrWhiteSpace(model.ReplanReason))
        {
            ModelState.AddModelError(nameof(model.ReplanReason), t["Indique el motivo del cambio de fechas."]);
        }

        if (!ModelState.IsValid)
        {
            return await FormAsync(model, cancellationToken);
        }

        db.ExpectVersion(milestone, model.Version);
        milestone.Title = model.Title.Trim();
        milestone.ExpectedOutput = Clean(model.ExpectedOutput);
        milestone.MeansOfVerification = Clean(model.MeansOfVerification);
        milestone.ResponsibleInstitutionId = model.ResponsibleInstitutionId;
        milestone.Weight = model.Weight;
        try
        {
            if (rebaselined)
            {
                milestone.SetBaseline(model.BaselineStart, model.BaselineEnd, frozen);
            }

            if (replanned)
            {
                // Replan stores the reason on the milestone, so the audit trail records it beside the dates.
                var planEnd = await db.Commitments.Where(c => c.Id == milestone.CommitmentId)
                    .Join(db.ActionPlans, c => c.ActionPlanId, p => p.Id, (c, p) => p.PeriodEnd).SingleAsync(cancellationToken);
                milestone.Replan(model.CurrentStart, model.CurrentEnd, model.ReplanReason!, planEnd, model.ConfirmBeyondPlanEnd);
            }
        }
        catch (DomainException exception)
        {
            var field = exception.Error.Code == MilestoneErrors.BeyondPlanEnd.Code ? nameof(model.ConfirmBeyondPlanEnd)
                : rebaselined ? nameof(model.BaselineStart) : nameof(model.CurrentStart);
            ModelState.AddDomainError(exception, t, field);
            return await FormAsync(model, cancellationToken);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            logger.LogInformation("Concurrent edit of milestone {MilestoneId} refused", id);
            return await ConflictAsync(id, model, cancellationToken);
        }

        TempData["StatusMessage"] = t["Se guardaron los cambios del hito «{0}».", milestone.Title].Value;
        return RedirectToAction(nameof(Index), new { commitmentId = milestone.CommitmentId });
    }

    [HttpGet("/admin/milestones/{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var model = await DeleteModelAsync(id, cancellationToken);
        return model is null ? NotFound() : View(DeleteView, model);
    }

    [HttpPost("/admin/milestones/{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, uint version, CancellationToken cancellationToken)
    {
        var model = await DeleteModelAsync(id, cancellationToken);
        var milestone = await db.Milestones.SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (model is null || milestone is null)
        {
            return NotFound();
        }

        // A milestone with progress updates is public history: it is never deleted.
        if (model.Blockers.Count > 0)
        {
            return View(DeleteView, model);
        }

        if (await db.TryDeleteAsync(milestone, version, logger, cancellationToken) is { } refusal)
        {
            ModelState.AddModelError(string.Empty, t[refusal]);
            return View(DeleteView, model);
        }

        logger.LogInformation("Deleted milestone {MilestoneId}", id);
        TempData["StatusMessage"] = t["Se eliminó el hito «{0}».", milestone.Title].Value;
        return RedirectToAction(nameof(Index), new { commitmentId = milestone.CommitmentId });
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private Task<bool> IsBaselineFrozenAsync(int commitmentId, CancellationToken cancellationToken) =>
        db.Commitments.Where(c => c.Id == commitmentId)
            .Join(db.ActionPlans, c => c.ActionPlanId, p => p.Id, (c, p) => p.Status)
            .Select(s => s == PlanStatus.Implementation || s == PlanStatus.Closed)
            .SingleAsync(cancellationToken);

    private async Task ValidateAsync(MilestoneEditViewModel model, CancellationToken cancellationToken)
    {
        var jurisdictionId = await db.Commitments.Where(c => c.Id == model.CommitmentId)
            .Join(db.ActionPlans, c => c.ActionPlanId, p => p.Id, (c, p) => p.JurisdictionId)
            .SingleAsync(cancellationToken);
        if (model.ResponsibleInstitutionId > 0
            && !await db.Institutions.AnyAsync(i => i.Id == model.ResponsibleInstitutionId && i.JurisdictionId == jurisdictionId, cancellationToken))
        {
            ModelState.AddModelError(nameof(model.ResponsibleInstitutionId), t["Elija instituciones de la jurisdicción del plan."]);
        }

        if (model.BaselineStart is { } bs && model.BaselineEnd is { } be && be < bs)
        {
            ModelState.AddModelError(nameof(model.BaselineEnd), t["La fecha de fin no puede ser anterior a la de inicio."]);
        }

        if (model.CurrentStart is { } cs && model.CurrentEnd is { } ce && ce < cs)
        {
            ModelState.AddModelError(nameof(model.CurrentEnd), t["La fecha de fin no puede ser anterior a la de inicio."]);
        }
    }

    private async Task<IActionResult> FormAsync(MilestoneEditViewModel model, CancellationToken cancellationToken)
    {
        var commitment = await db.Commitments.AsNoTracking().Where(c => c.Id == model.CommitmentId)
            .Join(db.ActionPlans, c => c.ActionPlanId, p => p.Id, (c, p) => new { c.Code, c.Title, p.JurisdictionId, p.Status, p.PeriodEnd })
            .SingleAsync(cancellationToken);
        model.CommitmentLabel = $"{commitment.Code} · {commitment.Title}";
        model.PlanPeriodEnd = commitment.PeriodEnd;
        model.BaselineFrozen = commitment.Status is PlanStatus.Implementation or PlanStatus.Closed;
        model.Institutions = await db.InstitutionOptionsAsync(commitment.JurisdictionId, cancellationToken);
        if (model.Id is { } id)
        {
            model.UpdateCount = await db.ProgressUpdates.CountAsync(u => u.MilestoneId == id, cancellationToken);
            if (model.BaselineFrozen)
            {
                // Shown as text, not as fields: the frozen baseline is whatever the database holds.
                var baseline = await db.Milestones.AsNoTracking().Where(m => m.Id == id)
                    .Select(m => new { m.BaselineStart, m.BaselineEnd }).SingleAsync(cancellationToken);
                model.BaselineStart = baseline.BaselineStart;
                model.BaselineEnd = baseline.BaselineEnd;
            }
        }

        return View("Edit", model);
    }

    private async Task<IActionResult> ConflictAsync(int id, MilestoneEditViewModel model, CancellationToken cancellationToken)
    {
        var current = await db.Milestones.AsNoTracking().Where(m => m.Id == id)
            .Select(m => new
            {
                m.Title, m.ExpectedOutput, m.MeansOfVerification, m.Weight, m.BaselineStart, m.BaselineEnd, m.CurrentStart, m.CurrentEnd, m.Version,
                Responsible = m.ResponsibleInstitution!.Name,
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
                new(t["Institución responsable"], current.Responsible),
                new(t["Producto esperado"], current.ExpectedOutput),
                new(t["Medio de verificación"], current.MeansOfVerification),
                new(t["Peso"], current.Weight is { } w ? Display.Number(w, "0.####") : null),
                new(t["Línea base"], $"{Display.Date(current.BaselineStart)} – {Display.Date(current.BaselineEnd)}"),
                new(t["Fechas actuales"], $"{Display.Date(current.CurrentStart)} – {Display.Date(current.CurrentEnd)}"),
            ];
        }

        return await FormAsync(model, cancellationToken);
    }

    private async Task<AdminDeleteViewModel?> DeleteModelAsync(int id, CancellationToken cancellationToken)
    {
        var milestone = await db.Milestones.AsNoTracking().Where(m => m.Id == id)
            .Select(m => new
            {
                m.Title, m.Version, m.CommitmentId, Commitment = m.Commitment!.Code, Updates = m.ProgressUpdates.Count,
                PlanStatus = db.ActionPlans.Where(p => p.Id == m.Commitment.ActionPlanId).Select(p => p.Status).First(),
                Comments = db.Comments.Count(c => c.MilestoneId == m.Id),
                Meetings = db.ReviewedMilestones.Count(r => r.MilestoneId == m.Id),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (milestone is null)
        {
            return null;
        }

        // ADR-017: only a milestone nothing public refers to may go; the reasons are listed, never guessed.
        var blockers = new List<string>();
        if (milestone.PlanStatus != PlanStatus.CoCreation)
        {
            blockers.Add(t["su plan de acción ya salió de la cocreación (estado: {0}) y lo publicado no se borra", t[Labels.Of(milestone.PlanStatus)]]);
        }

        if (milestone.Updates > 0) blockers.Add(t["tiene {0} reportes de avance, que son parte del historial público", milestone.Updates]);
        if (milestone.Comments > 0) blockers.Add(t["tiene {0} comentarios de la ciudadanía", milestone.Comments]);
        if (milestone.Meetings > 0) blockers.Add(t["se revisó en {0} reuniones del comité", milestone.Meetings]);
        return new AdminDeleteViewModel(
            t["Eliminar el hito"], milestone.Title, milestone.Version,
            [new(t["Título"], milestone.Title), new(t["Compromiso"], milestone.Commitment)],
            blockers,
            Url.Action(nameof(Edit), new { id })!,
            [new(t["Administración"], Url.Action("Index", "Admin")), new(t["Hitos"], Url.Action(nameof(Index), new { commitmentId = milestone.CommitmentId })), new(t["Eliminar"])]);
    }
}
