using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenGov.Core.Jurisdictions;
using OpenGov.Web.Authorization;
using OpenGov.Web.Data;
using OpenGov.Web.Features.Shared;
using OpenGov.Web.Infrastructure.Paging;
using OpenGov.Web.Resources;

namespace OpenGov.Web.Features.Admin.AdminInstitutions;

[Authorize(Policy = Policies.Administer)]
[Route("admin/institutions")]
public sealed class AdminInstitutionsController(
    AppDbContext db, IStringLocalizer<SharedResource> t, ILogger<AdminInstitutionsController> logger) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, int? jurisdictionId, int page = 1, CancellationToken cancellationToken = default)
    {
        var query = db.Institutions.AsNoTracking();
        if (jurisdictionId is not null)
        {
            query = query.Where(i => i.JurisdictionId == jurisdictionId);
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            var pattern = AdminSearch.Contains(q);
            query = query.Where(i => EF.Functions.ILike(i.Name, pattern, AdminSearch.Escape.ToString())
                || EF.Functions.ILike(i.Acronym ?? "", pattern, AdminSearch.Escape.ToString()));
        }

        var institutions = await query
            .OrderBy(i => i.Jurisdiction!.Name).ThenBy(i => i.Name).ThenBy(i => i.Id)
            .Select(i => new InstitutionListItem(i.Id, i.Name, i.Acronym, i.Kind, i.Jurisdiction!.Name))
            .ToPagedListAsync(page, cancellationToken: cancellationToken);
        return View(new InstitutionIndexViewModel(institutions, q, jurisdictionId, await db.JurisdictionOptionsAsync(cancellationToken)));
    }

    [HttpGet("new")]
    public async Task<IActionResult> Create(int? jurisdictionId, CancellationToken cancellationToken)
    {
        var model = new InstitutionEditViewModel { JurisdictionId = jurisdictionId ?? 0 };
        return await FormAsync(model, cancellationToken);
    }

    [HttpPost("new")]
    public async Task<IActionResult> Create(InstitutionEditViewModel model, CancellationToken cancellationToken)
    {
        await ValidateAsync(model, null, cancellationToken);
        if (!ModelState.IsValid)
        {
            return await FormAsync(model, cancellationToken);
        }

        var institution = new Institution { JurisdictionId = model.JurisdictionId, Name = model.Name.Trim() };
        Apply(model, institution);
        db.Institutions.Add(institution);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Created institution {InstitutionId}", institution.Id);
        TempData["StatusMessage"] = t["Se creó la institución «{0}».", institution.Name].Value;
        return RedirectToAction(nameof(Index), new { jurisdictionId = institution.JurisdictionId });
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var model = await db.Institutions.AsNoTracking().Where(i => i.Id == id)
            .Select(i => new InstitutionEditViewModel { Id = i.Id, JurisdictionId = i.JurisdictionId, Name = i.Name, Acronym = i.Acronym, Kind = i.Kind, Version = i.Version })
            .SingleOrDefaultAsync(cancellationToken);
        return model is null ? NotFound() : await FormAsync(model, cancellationToken);
    }

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, InstitutionEditViewModel model, CancellationToken cancellationToken)
    {
        var institution = await db.Institutions.SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (institution is null)
        {
            return NotFound();
        }

        // The jurisdiction is fixed once created: its milestones and plans use institutions of their own jurisdiction.
        model.Id = id;
        model.JurisdictionId = institution.JurisdictionId;
        ModelState.Remove(nameof(model.JurisdictionId));
        await ValidateAsync(model, id, cancellationToken);
        if (!ModelState.IsValid)
        {
            return await FormAsync(model, cancellationToken);
        }

        db.ExpectVersion(institution, model.Version);
        institution.Name = model.Name.Trim();
        Apply(model, institution);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            logger.LogInformation("Concurrent edit of institution {InstitutionId} refused", id);
            return await ConflictAsync(id, model, cancellationToken);
        }

        TempData["StatusMessage"] = t["Se guardaron los cambios de «{0}».", institution.Name].Value;
        return RedirectToAction(nameof(Index), new { jurisdictionId = institution.JurisdictionId });
    }

    [HttpGet("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var model = await DeleteModelAsync(id, cancellationToken);
        return model is null ? NotFound() : View("/Features/Admin/Delete.cshtml", model);
    }

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, uint version, CancellationToken cancellationToken)
    {
        var model = await DeleteModelAsync(id, cancellationToken);
        var institution = await db.Institutions.SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (model is null || institution is null)
        {
            return NotFound();
        }

        if (model.Blockers.Count > 0)
        {
            return View("/Features/Admin/Delete.cshtml", model);
        }

        if (await db.TryDeleteAsync(institution, version, logger, cancellationToken) is { } refusal)
        {
            ModelState.AddModelError(string.Empty, t[refusal]);
            return View("/Features/Admin/Delete.cshtml", model);
        }

        logger.LogInformation("Deleted institution {InstitutionId}", id);
        TempData["StatusMessage"] = t["Se eliminó la institución «{0}».", model.Name].Value;
        return RedirectToAction(nameof(Index));
    }

    private static void Apply(InstitutionEditViewModel model, Institution institution)
    {
        institution.Acronym = string.IsNullOrWhiteSpace(model.Acronym) ? null : model.Acronym.Trim();
        institution.Kind = model.Kind;
    }

    private async Task ValidateAsync(InstitutionEditViewModel model, int? id, CancellationToken cancellationToken)
    {
        if (!await db.Jurisdictions.AnyAsync(j => j.Id == model.JurisdictionId, cancellationToken))
        {
            ModelState.AddModelError(nameof(model.JurisdictionId), t["Elija la jurisdicción."]);
            return;
        }

        var name = model.Name?.Trim() ?? "";
        if (name.Length > 0 && await db.Institutions.AnyAsync(i => i.JurisdictionId == model.JurisdictionId && i.Name == name && i.Id != id, cancellationToken))
        {
            ModelState.AddModelError(nameof(model.Name), t["Ya existe una institución con ese nombre en esta jurisdicción."]);
        }
    }

    private async Task<IActionResult> FormAsync(InstitutionEditViewModel model, CancellationToken cancellationToken)
    {
        model.Jurisdictions = await db.JurisdictionOptionsAsync(cancellationToken);
        return View("Edit", model);
    }

    private async Task<IActionResult> ConflictAsync(int id, InstitutionEditViewModel model, CancellationToken cancellationToken)
    {
        var current = await db.Institutions.AsNoTracking().Where(i => i.Id == id)
            .Select(i => new { i.Name, i.Acronym, i.Kind, Jurisdiction = i.Jurisdiction!.Name, i.Version })
            .SingleOrDefaultAsync(cancellationToken);
        ModelState.AddModelError(string.Empty, t[AdminText.Conflict]);
        if (current is not null)
        {
            // The next save is a deliberate overwrite of what the user has now seen.
            ModelState.Remove(nameof(model.Version));
            model.Version = current.Version;
            model.CurrentValues =
            [
                new(t["Jurisdicción"], current.Jurisdiction),
                new(t["Nombre"], current.Name),
                new(t["Siglas"], current.Acronym),
                new(t["Tipo"], t[Labels.Of(current.Kind)]),
            ];
        }

        return await FormAsync(model, cancellationToken);
    }

    private async Task<AdminDeleteViewModel?> DeleteModelAsync(int id, CancellationToken cancellationToken)
    {
        var institution = await db.Institutions.AsNoTracking().Where(i => i.Id == id)
            .Select(i => new
            {
                i.Name, i.Acronym, i.Version, Jurisdiction = i.Jurisdiction!.Name,
                Milestones = db.Milestones.Count(m => m.ResponsibleInstitutionId == i.Id),
                Leads = db.Commitments.Count(c => c.LeadInstitutions.Any(l => l.Id == i.Id)),
                Supports = db.Commitments.Count(c => c.SupportingInstitutions.Any(s => s.Id == i.Id)),
                Plans = db.ActionPlans.Count(p => p.LeadInstitutions.Any(l => l.Id == i.Id)),
                Users = db.Users.Count(u => u.Institutions.Any(l => l.Id == i.Id)),
                Updates = db.ProgressUpdates.Count(u => u.AuthorInstitutionId == i.Id),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (institution is null)
        {
            return null;
        }

        var blockers = new List<string>();
        if (institution.Milestones > 0) blockers.Add(t["es responsable de {0} hitos", institution.Milestones]);
        if (institution.Leads > 0) blockers.Add(t["lidera {0} compromisos", institution.Leads]);
        if (institution.Supports > 0) blockers.Add(t["apoya {0} compromisos", institution.Supports]);
        if (institution.Plans > 0) blockers.Add(t["lidera {0} planes de acción", institution.Plans]);
        if (institution.Users > 0) blockers.Add(t["tiene {0} usuarios", institution.Users]);
        if (institution.Updates > 0) blockers.Add(t["firmó {0} reportes de avance", institution.Updates]);
        return new AdminDeleteViewModel(
            t["Eliminar la institución"], institution.Name, institution.Version,
            [new(t["Nombre"], institution.Name), new(t["Siglas"], institution.Acronym), new(t["Jurisdicción"], institution.Jurisdiction)],
            blockers,
            Url.Action(nameof(Index))!,
            [new(t["Administración"], Url.Action("Index", "Admin")), new(t["Instituciones"], Url.Action(nameof(Index))), new(t["Eliminar"])]);
    }
}
