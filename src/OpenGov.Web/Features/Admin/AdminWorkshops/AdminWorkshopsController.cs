using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenGov.Core.CoCreation;
using OpenGov.Core.Common;
using OpenGov.Web.Authorization;
using OpenGov.Web.Data;
using OpenGov.Web.Infrastructure.Paging;
using OpenGov.Web.Resources;

namespace OpenGov.Web.Features.Admin.AdminWorkshops;

[Authorize(Policy = Policies.Administer)]
public sealed class AdminWorkshopsController(AppDbContext db, IStringLocalizer<SharedResource> t, ILogger<AdminWorkshopsController> logger) : Controller
{
    [HttpGet("admin/workshops")]
    public async Task<IActionResult> Index(int? planId, int page = 1, CancellationToken cancellationToken = default)
    {
        var query = db.Workshops.AsNoTracking();
        if (planId is not null)
        {
            query = query.Where(w => w.ActionPlanId == planId);
        }

        var workshops = await query.OrderByDescending(w => w.HeldOn).ThenBy(w => w.Title)
            .Select(w => new WorkshopListItem(w.Id, w.Title, w.ActionPlanId, db.ActionPlans.Where(p => p.Id == w.ActionPlanId).Select(p => p.Jurisdiction!.Name + " · " + p.Title).First(), w.HeldOn, w.Men + w.Women))
            .ToPagedListAsync(page, cancellationToken: cancellationToken);
        return View(new WorkshopIndexViewModel(workshops, planId, await db.PlanOptionsAsync(cancellationToken)));
    }

    [HttpGet("admin/plans/{planId:int}/workshops/new")]
    public async Task<IActionResult> Create(int planId, CancellationToken cancellationToken) =>
        await db.ActionPlans.AnyAsync(p => p.Id == planId, cancellationToken)
            ? View("Edit", new WorkshopEditViewModel { PlanId = planId, Stages = [.. CoCreation.CoCreationLabels.StagesIn((MethodologyStages)15)] })
            : NotFound();

    [HttpPost("admin/plans/{planId:int}/workshops/new")]
    public async Task<IActionResult> Create(int planId, WorkshopEditViewModel model, CancellationToken cancellationToken)
    {
        model.PlanId = planId;
        if (!await db.ActionPlans.AnyAsync(p => p.Id == planId, cancellationToken))
        {
            return NotFound();
        }

        var workshop = new Workshop { ActionPlanId = planId, Title = model.Title?.Trim() ?? "" };
        if (!ModelState.IsValid || !TryApply(model, workshop))
        {
            return View("Edit", model);
        }

        db.Workshops.Add(workshop);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Created workshop {WorkshopId}", workshop.Id);
        TempData["StatusMessage"] = t["Se registró el taller «{0}».", workshop.Title].Value;
        return RedirectToAction(nameof(Edit), new { id = workshop.Id });
    }

    [HttpGet("admin/workshops/{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var workshop = await db.Workshops.AsNoTracking().Include(w => w.Participants).SingleOrDefaultAsync(w => w.Id == id, cancellationToken);
        return workshop is null ? NotFound() : View(ToModel(workshop));
    }

    [HttpPost("admin/workshops/{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, WorkshopEditViewModel model, CancellationToken cancellationToken)
    {
        var workshop = await db.Workshops.Include(w => w.Participants).SingleOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (workshop is null)
        {
            return NotFound();
        }

        model.Id = id;
        model.PlanId = workshop.ActionPlanId;
        if (!ModelState.IsValid || !TryApply(model, workshop))
        {
            return View(WithParticipants(model, workshop));
        }

        db.ExpectVersion(workshop, model.Version);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, t[AdminText.Conflict]);
            return View(WithParticipants(model, workshop));
        }

        TempData["StatusMessage"] = t["Se guardaron los cambios de «{0}».", workshop.Title].Value;
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpPost("admin/workshops/{id:int}/participants")]
    public async Task<IActionResult> AddParticipant(int id, [Bind(Prefix = "NewParticipant")] ParticipantInputModel input, CancellationToken cancellationToken)
    {
        var workshop = await db.Workshops.Include(w => w.Participants).SingleOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (workshop is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            try
            {
                workshop.AddParticipant(input.Name, input.Gender, input.Sector, input.Organization, input.ConsentToPublishName);
            }
            catch (DomainException exception)
            {
                ModelState.AddDomainError(exception, t, "NewParticipant.Name");
            }
        }

        if (!ModelState.IsValid)
        {
            var model = ToModel(workshop);
            model.NewParticipant = input;
            return View("Edit", model);
        }

        await db.SaveChangesAsync(cancellationToken);
        TempData["StatusMessage"] = t["Se añadió un participante; la asistencia se recalculó."].Value;
        return RedirectToAction(nameof(Edit), new { id });
    }

    private bool TryApply(WorkshopEditViewModel model, Workshop workshop)
    {
        if (model.HeldOn is { } from && model.HeldUntil is { } until && until < from)
        {
            ModelState.AddModelError(nameof(model.HeldUntil), t["La fecha final no puede ser anterior a la inicial."]);
            return false;
        }

        workshop.Title = model.Title.Trim();
        workshop.ThematicAxis = Blank(model.ThematicAxis);
        workshop.HeldOn = model.HeldOn!.Value;
        workshop.HeldUntil = model.HeldUntil;
        workshop.DayNotStated = model.DayNotStated;
        workshop.Place = Blank(model.Place);
        workshop.Facilitators = Blank(model.Facilitators);
        workshop.Stages = model.Stages.Aggregate(MethodologyStages.None, (all, s) => all | s);
        if (workshop.Participants.Count > 0)
        {
            return true;
        }

        int Count(Sector sector) => model.Sectors.GetValueOrDefault(sector);
        try
        {
            workshop.RecordAttendance(new Attendance(
                model.Men, model.Women, Count(Sector.CivilSociety), Count(Sector.Community), Count(Sector.Ngo), Count(Sector.Associative),
                Count(Sector.Private), Count(Sector.Academia), Count(Sector.Public)));
            return true;
        }
        catch (DomainException exception)
        {
            ModelState.AddDomainError(exception, t, nameof(model.Men));
            return false;
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static WorkshopEditViewModel ToModel(Workshop w) => WithParticipants(new WorkshopEditViewModel
    {
        Id = w.Id, PlanId = w.ActionPlanId, Title = w.Title, ThematicAxis = w.ThematicAxis, HeldOn = w.HeldOn, HeldUntil = w.HeldUntil, DayNotStated = w.DayNotStated,
        Place = w.Place, Facilitators = w.Facilitators, Stages = [.. CoCreation.CoCreationLabels.StagesIn(w.Stages)],
        Men = w.Men, Women = w.Women, Sectors = CoCreation.CoCreationLabels.Sectors.ToDictionary(s => s, s => w.Attendance[s]), Version = w.Version,
    }, w);

    private static WorkshopEditViewModel WithParticipants(WorkshopEditViewModel model, Workshop w)
    {
        model.ParticipantCount = w.Participants.Count;
        model.Participants = [.. w.Participants.OrderBy(p => p.Name).Select(p => new ParticipantItem(p.Id, p.Name, p.Gender, p.Sector, p.Organization, p.ConsentToPublishName))];
        return model;
    }
}
