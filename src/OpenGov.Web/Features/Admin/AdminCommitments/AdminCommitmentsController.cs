using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Npgsql;
using OpenGov.Core.Commitments;
using OpenGov.Web.Authorization;
using OpenGov.Web.Data;
using OpenGov.Web.Features.Shared;
using OpenGov.Web.Infrastructure.Paging;
using OpenGov.Web.Resources;

namespace OpenGov.Web.Features.Admin.AdminCommitments;

[Authorize(Policy = Policies.Administer)]
public sealed class AdminCommitmentsController(
    AppDbContext db, IStringLocalizer<SharedResource> t, ILogger<AdminCommitmentsController> logger) : Controller
{
    private const string DeleteView = "/Features/Admin/Delete.cshtml";

    [HttpGet("/admin/commitments")]
    public async Task<IActionResult> Index(string? q, int? planId, int page = 1, CancellationToken cancellationToken = default)
    {
        var query = db.Commitments.AsNoTracking();
        if (planId is not null)
        {
            query = query.Where(c => c.ActionPlanId == planId);
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            var pattern = AdminSearch.Contains(q);
            query = query.Where(c => EF.Functions.ILike(c.Title, pattern, AdminSearch.Escape.ToString())
                || EF.Functions.ILike(c.Code, pattern, AdminSearch.Escape.ToString()));
        }

        var commitments = await query
            .Join(db.ActionPlans, c => c.ActionPlanId, p => p.Id, (c, p) => new { c, p })
            .OrderBy(x => x.p.Jurisdiction!.Name).ThenBy(x => x.p.Number).ThenBy(x => x.c.Number).ThenBy(x => x.c.Code)
            .Select(x => new CommitmentListItem(x.c.Id, x.c.Code, x.c.Title, x.p.Title, x.p.Jurisdiction!.Name, x.c.Milestones.Count))
            .ToPagedListAsync(page, cancellationToken: cancellationToken);
        return View(new CommitmentIndexViewModel(commitments, q, planId, await db.PlanOptionsAsync(cancellationToken)));
    }

    [HttpGet("/admin/plans/{planId:int}/commitments/new")]
    public async Task<IActionResult> Create(int planId, CancellationToken cancellationToken) =>
        await db.ActionPlans.AnyAsync(p => p.Id == planId, cancellationToken)
            ? await FormAsync(new CommitmentEditViewModel { PlanId = planId }, cancellationToken)
            : NotFound();

    [HttpPost("/admin/plans/{planId:int}/commitments/new")]
    public async Task<IActionResult> Create(int planId, CommitmentEditViewModel model, CancellationToken cancellationToken)
    {
        var jurisdictionId = await db.ActionPlans.Where(p => p.Id == planId).Select(p => (int?)p.JurisdictionId).SingleOrDefaultAsync(cancellationToken);
        if (jurisdictionId is null)
        {
            return NotFound();
        }

        model.PlanId = planId;
        await ValidateAsync(model, jurisdictionId.Value, null, cancellationToken);
        if (!ModelState.IsValid)
        {
            return await FormAsync(model, cancellationToken);
        }

        var number = await db.Commitments.Where(c => c.ActionPlanId == planId).MaxAsync(c => (int?)c.Number, cancellationToken) ?? 0;
        var commitment = new Commitment { ActionPlanId = planId, Code = model.Code.Trim(), Title = model.Title.Trim(), Number = number + 1 };
        await ApplyAsync(model, commitment, cancellationToken);
        db.Commitments.Add(commitment);
        if (!await TrySaveAsync(model, cancellationToken))
        {
            return await FormAsync(model, cancellationToken);
        }

        logger.LogInformation("Created commitment {CommitmentId} in plan {PlanId}", commitment.Id, planId);
        TempData["StatusMessage"] = t["Se creó el compromiso {0}. Ahora puede añadirle hitos.", commitment.Code].Value;
        return RedirectToAction(nameof(Edit), new { id = commitment.Id });
    }

    [HttpGet("/admin/commitments/{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var saved = await db.Commitments.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new
            {
                Model = new CommitmentEditViewModel
                {
                    Id = c.Id, PlanId = c.ActionPlanId, Code = c.Code, Title = c.Title, ThematicAxis = c.ThematicAxis,
                    Problem = c.Problem, StatusQuo = c.StatusQuo, Description = c.Description, HowItSolves = c.HowItSolves,
                    Sdgs = c.Sdgs, LeadInstitutionIds = c.LeadInstitutions.Select(i => i.Id).ToList(), Weight = c.Weight, Contact = c.Contact,
                    Summary = c.Summary, SummaryEn = c.SummaryEn, SummaryQu = c.SummaryQu, IsIllustrative = c.IsIllustrative,
                    SupportingInstitutionIds = c.SupportingInstitutions.Select(i => i.Id).ToList(), Version = c.Version,
                },
                Flags = c.OgpValues,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (saved is null)
        {
            return NotFound();
        }

        // Stored as one flags value; the form shows one checkbox per value.
        var model = saved.Model;
        model.OgpValues = Enum.GetValues<OgpValues>().Where(v => v != OgpValues.None && saved.Flags.HasFlag(v)).ToList();
        return await FormAsync(model, cancellationToken);
    }

    [HttpPost("/admin/commitments/{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CommitmentEditViewModel model, CancellationToken cancellationToken)
    {
        var commitment = await db.Commitments.Include(c => c.LeadInstitutions).Include(c => c.SupportingInstitutions).AsSplitQuery().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (commitment is null)
        {
            return NotFound();
        }

        model.Id = id;
        model.PlanId = commitment.ActionPlanId;
        var jurisdictionId = await db.ActionPlans.Where(p => p.Id == commitment.ActionPlanId).Select(p => p.JurisdictionId).SingleAsync(cancellationToken);
        await ValidateAsync(model, jurisdictionId, id, cancellationToken);
        if (!ModelState.IsValid)
        {
            return await FormAsync(model, cancellationToken);
        }

        db.ExpectVersion(commitment, model.Version);
        commitment.Code = model.Code.Trim();
        commitment.Title = model.Title.Trim();
        await ApplyAsync(model, commitment, cancellationToken);
        try
        {
            if (!await TrySaveAsync(model, cancellationToken))
            {
                return await FormAsync(model, cancellationToken);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            logger.LogInformation("Concurrent edit of commitment {CommitmentId} refused", id);
            return await ConflictAsync(id, model, cancellationToken);
        }

        TempData["StatusMessage"] = t["Se guardaron los cambios del compromiso {0}.", commitment.Code].Value;
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpGet("/admin/commitments/{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var model = await DeleteModelAsync(id, cancellationToken);
        return model is null ? NotFound() : View(DeleteView, model);
    }

    [HttpPost("/admin/commitments/{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, uint version, CancellationToken cancellationToken)
    {
        var model = await DeleteModelAsync(id, cancellationToken);

        // The supporting-institution links go with it, each recorded in the audit trail.
        var commitment = await db.Commitments.Include(c => c.SupportingInstitutions).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (model is null || commitment is null)
        {
            return NotFound();
        }

        if (model.Blockers.Count > 0)
        {
            return View(DeleteView, model);
        }

        if (await db.TryDeleteAsync(commitment, version, logger, cancellationToken) is { } refusal)
        {
            ModelState.AddModelError(string.Empty, t[refusal]);
            return View(DeleteView, model);
        }

        logger.LogInformation("Deleted commitment {CommitmentId}", id);
        TempData["StatusMessage"] = t["Se eliminó el compromiso {0}.", commitment.Code].Value;
        return RedirectToAction(nameof(Index), new { planId = commitment.ActionPlanId });
    }

    private async Task ApplyAsync(CommitmentEditViewModel model, Commitment commitment, CancellationToken cancellationToken)
    {
        commitment.ThematicAxis = Clean(model.ThematicAxis);
        commitment.Problem = Clean(model.Problem);
        commitment.StatusQuo = Clean(model.StatusQuo);
        commitment.Description = Clean(model.Description);
        commitment.HowItSolves = Clean(model.HowItSolves);
        commitment.OgpValues = model.OgpValues.Aggregate(OgpValues.None, (all, v) => all | v);
        commitment.Sdgs = model.Sdgs.Distinct().Order().ToList();
        commitment.Weight = model.Weight;
        commitment.Contact = Clean(model.Contact);
        commitment.Summary = Clean(model.Summary);
        commitment.SummaryEn = Clean(model.SummaryEn);
        commitment.SummaryQu = Clean(model.SummaryQu);
        commitment.IsIllustrative = model.IsIllustrative;

        // Removals first, so an institution can move from supporting to lead (or back) in one save.
        foreach (var removed in commitment.LeadInstitutions.Where(i => !model.LeadInstitutionIds.Contains(i.Id)).ToList())
        {
            commitment.RemoveLeadInstitution(removed);
        }

        foreach (var removed in commitment.SupportingInstitutions.Where(i => !model.SupportingInstitutionIds.Contains(i.Id)).ToList())
        {
            commitment.RemoveSupportingInstitution(removed);
        }

        var chosen = model.LeadInstitutionIds.Concat(model.SupportingInstitutionIds).ToList();
        var institutions = await db.Institutions.Where(i => chosen.Contains(i.Id)).ToListAsync(cancellationToken);
        institutions.Where(i => model.LeadInstitutionIds.Contains(i.Id)).ToList().ForEach(commitment.AddLeadInstitution);
        institutions.Where(i => model.SupportingInstitutionIds.Contains(i.Id)).ToList().ForEach(commitment.AddSupportingInstitution);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Saves; a code taken by a concurrent save (unique index) becomes the same field error as the check.</summary>
    private async Task<bool> TrySaveAsync(CommitmentEditViewModel model, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException exception) when (exception is not DbUpdateConcurrencyException
            && exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            ModelState.AddModelError(nameof(model.Code), t["Este plan ya tiene un compromiso con el código {0}.", model.Code.Trim()]);
            return false;
        }
    }

    private async Task ValidateAsync(CommitmentEditViewModel model, int jurisdictionId, int? id, CancellationToken cancellationToken)
    {
        var code = model.Code?.Trim() ?? "";
        if (code.Length > 0 && await db.Commitments.AnyAsync(c => c.ActionPlanId == model.PlanId && c.Code == code && c.Id != id, cancellationToken))
        {
            ModelState.AddModelError(nameof(model.Code), t["Este plan ya tiene un compromiso con el código {0}.", code]);
        }

        if (model.Sdgs.Any(s => s is < 1 or > 17))
        {
            ModelState.AddModelError(nameof(model.Sdgs), t["Los ODS van del 1 al 17."]);
        }

        var chosen = model.SupportingInstitutionIds.Concat(model.LeadInstitutionIds).Distinct().ToList();
        var valid = await db.Institutions.CountAsync(i => chosen.Contains(i.Id) && i.JurisdictionId == jurisdictionId, cancellationToken);
        if (valid != chosen.Count)
        {
            ModelState.AddModelError(nameof(model.LeadInstitutionIds), t["Elija instituciones de la jurisdicción del plan."]);
        }

        if (model.LeadInstitutionIds.Intersect(model.SupportingInstitutionIds).Any())
        {
            ModelState.AddModelError(nameof(model.SupportingInstitutionIds), t["Una institución no puede ser líder y de apoyo del mismo compromiso."]);
        }
    }

    private async Task<IActionResult> FormAsync(CommitmentEditViewModel model, CancellationToken cancellationToken)
    {
        var plan = await db.ActionPlans.AsNoTracking().Where(p => p.Id == model.PlanId)
            .Select(p => new { p.Title, p.JurisdictionId }).SingleAsync(cancellationToken);
        model.PlanTitle = plan.Title;
        model.Institutions = await db.InstitutionOptionsAsync(plan.JurisdictionId, cancellationToken);
        if (model.Id is { } id)
        {
            model.MilestoneCount = await db.Milestones.CountAsync(m => m.CommitmentId == id, cancellationToken);
        }

        return View("Edit", model);
    }

    private async Task<IActionResult> ConflictAsync(int id, CommitmentEditViewModel model, CancellationToken cancellationToken)
    {
        var current = await db.Commitments.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new
            {
                c.Code, c.Title, c.ThematicAxis, c.OgpValues, c.Sdgs, c.Weight, c.Contact, c.Summary, c.Version,
                Leads = c.LeadInstitutions.OrderBy(i => i.Name).Select(i => i.Name).ToList(),
                Supporting = c.SupportingInstitutions.OrderBy(i => i.Name).Select(i => i.Name).ToList(),
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
                new(t["Código"], current.Code),
                new(t["Título"], current.Title),
                new(t["Eje temático"], current.ThematicAxis),
                new(t["Valores OGP"], string.Join(", ", Labels.Of(current.OgpValues).Select(v => t[v].Value))),
                new(t["Objetivos de Desarrollo Sostenible"], string.Join(", ", current.Sdgs)),
                new(t["Instituciones líderes"], Display.List(current.Leads, t)),
                new(t["Instituciones de apoyo"], string.Join(", ", current.Supporting)),
                new(t["Peso"], current.Weight is { } w ? Display.Number(w, "0.####") : null),
                new(t["Contacto"], current.Contact),
                new(t["Resumen en español"], current.Summary),
            ];
        }

        return await FormAsync(model, cancellationToken);
    }

    private async Task<AdminDeleteViewModel?> DeleteModelAsync(int id, CancellationToken cancellationToken)
    {
        var commitment = await db.Commitments.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new
            {
                c.Code, c.Title, c.Version, c.ActionPlanId,
                PlanStatus = db.ActionPlans.Where(p => p.Id == c.ActionPlanId).Select(p => p.Status).First(),
                Milestones = c.Milestones.Count,
                Updates = c.Milestones.Sum(m => m.ProgressUpdates.Count),
                Comments = db.Comments.Count(x => x.CommitmentId == c.Id),
                Assessments = db.CommitmentAssessments.Count(a => a.CommitmentId == c.Id),
                Proposals = db.Proposals.Count(p => p.CommitmentId == c.Id),
                Datasets = db.Datasets.Count(d => d.CommitmentId == c.Id),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (commitment is null)
        {
            return null;
        }

        // ADR-017: only a commitment nothing public refers to may go; the reasons are listed, never guessed.
        var blockers = new List<string>();
        if (commitment.PlanStatus != Core.ActionPlans.PlanStatus.CoCreation)
        {
            blockers.Add(t["su plan de acción ya salió de la cocreación (estado: {0}) y lo publicado no se borra", t[Labels.Of(commitment.PlanStatus)]]);
        }

        if (commitment.Updates > 0) blockers.Add(t["sus hitos tienen {0} reportes de avance, que son parte del historial público", commitment.Updates]);
        if (commitment.Milestones > 0) blockers.Add(t["tiene {0} hitos", commitment.Milestones]);
        if (commitment.Comments > 0) blockers.Add(t["tiene {0} comentarios de la ciudadanía", commitment.Comments]);
        if (commitment.Assessments > 0) blockers.Add(t["el monitor independiente lo valoró en {0} informes", commitment.Assessments]);
        if (commitment.Proposals > 0) blockers.Add(t["{0} propuestas de cocreación lo citan", commitment.Proposals]);
        if (commitment.Datasets > 0) blockers.Add(t["tiene {0} conjuntos de datos publicados", commitment.Datasets]);
        return new AdminDeleteViewModel(
            t["Eliminar el compromiso"], $"{commitment.Code} · {commitment.Title}", commitment.Version,
            [new(t["Código"], commitment.Code), new(t["Título"], commitment.Title)],
            blockers,
            Url.Action(nameof(Edit), new { id })!,
            [new(t["Administración"], Url.Action("Index", "Admin")), new(t["Compromisos"], Url.Action(nameof(Index), new { planId = commitment.ActionPlanId })), new(t["Eliminar"])]);
    }
}
