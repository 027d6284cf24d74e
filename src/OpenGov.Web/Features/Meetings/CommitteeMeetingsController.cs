using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenGov.Core.Common;
using OpenGov.Core.Meetings;
using OpenGov.Web.Authorization;
using OpenGov.Web.Data;
using OpenGov.Web.Features.ActionPlans;
using OpenGov.Web.Features.Admin;
using OpenGov.Web.Identity;
using OpenGov.Web.Resources;

namespace OpenGov.Web.Features.Meetings;

/// <summary>
/// The committee's back office for meetings: draft, announce, publish the minutes, then only addenda.
/// There is no delete, and an edit of published minutes is refused with 409. A body member works only
/// on the meetings of the jurisdictions they are attached to (403 elsewhere); an Admin on any.
/// </summary>
[Authorize(Policy = Policies.RecordMeetings)]
[Route("committee/meetings")]
public sealed class CommitteeMeetingsController(
    AppDbContext db, MeetingPublisher publisher, IAuthorizationService authorization, TimeProvider clock, IStringLocalizer<SharedResource> t) : Controller
{
    private const string Views = "/Features/Meetings/Committee/";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var meetings = await VisibleMeetings()
            .OrderByDescending(m => m.Date).ThenByDescending(m => m.Id)
            .Join(db.Jurisdictions, m => m.JurisdictionId, j => j.Id, (m, j) =>
                new MeetingListItem(m.Id, m.Title, m.Date, m.StartTime, m.Place, m.IsOpenToPublic, m.Status, j.Slug, j.Name))
            .Take(200)
            .ToListAsync(cancellationToken);
        return View(Views + "Index.cshtml", new CommitteeMeetingsViewModel(meetings));
    }

    [HttpGet("new")]
    public Task<IActionResult> Create(CancellationToken cancellationToken) => FormAsync(new MeetingForm(), cancellationToken);

    [HttpPost("new")]
    public async Task<IActionResult> Create(MeetingForm form, CancellationToken cancellationToken)
    {
        var exists = await db.Jurisdictions.AnyAsync(j => j.Id == form.JurisdictionId, cancellationToken);
        if (exists && !await MayRecordAsync(form.JurisdictionId))
        {
            return Forbid();
        }

        if (ModelState.IsValid && !exists)
        {
            ModelState.AddModelError(nameof(form.JurisdictionId), t["Elija la jurisdicción."]);
        }

        if (!ModelState.IsValid)
        {
            return await FormAsync(form, cancellationToken);
        }

        // The meeting belongs to the jurisdiction's current plan, the one whose milestones it reviews.
        var planId = await db.ActionPlans.ForJurisdiction(form.JurisdictionId).ActiveFirst().Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);
        var meeting = CommitteeMeeting.Create(form.JurisdictionId, planId, form.ToDetails(), clock.GetUtcNow().UtcDateTime);
        db.CommitteeMeetings.Add(meeting);
        await db.SaveChangesAsync(cancellationToken);
        TempData["StatusMessage"] = t["Se guardó el borrador de «{0}». Ahora puede indicar los hitos revisados.", meeting.Title].Value;
        return RedirectToAction(nameof(Edit), new { id = meeting.Id });
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        if (await RefuseAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var form = await db.CommitteeMeetings.AsNoTracking().Where(m => m.Id == id)
            .Select(m => new MeetingForm
            {
                Id = m.Id, JurisdictionId = m.JurisdictionId, Title = m.Title, Date = m.Date, StartTime = m.StartTime, Place = m.Place,
                OnlineLink = m.OnlineLink, IsOpenToPublic = m.IsOpenToPublic, Agenda = m.Agenda, AttendingInstitutions = m.AttendingInstitutions,
                AttendeeCount = m.AttendeeCount, Minutes = m.Minutes, Decisions = m.Decisions, Version = m.Version, Status = m.Status,
                ReviewedMilestoneIds = m.ReviewedMilestones.Select(r => r.MilestoneId).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (form is null)
        {
            return NotFound();
        }

        return form.Status == MeetingStatus.Published ? RedirectToAction(nameof(Addendum), new { id }) : await FormAsync(form, cancellationToken);
    }

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, MeetingForm form, CancellationToken cancellationToken)
    {
        var meeting = await db.CommitteeMeetings.Include(m => m.ReviewedMilestones).SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (meeting is null)
        {
            return NotFound();
        }

        if (!await MayRecordAsync(meeting.JurisdictionId))
        {
            return Forbid();
        }

        // Published minutes are a public record: refused before anything is validated or written.
        if (meeting.Status == MeetingStatus.Published)
        {
            return Conflict();
        }

        form.Id = id;
        form.JurisdictionId = meeting.JurisdictionId;
        form.Status = meeting.Status;
        ModelState.Remove(nameof(form.JurisdictionId));
        var allowed = await MilestonesOf(meeting.JurisdictionId).Select(m => m.Id).ToListAsync(cancellationToken);
        if (form.ReviewedMilestoneIds.Except(allowed).Any())
        {
            ModelState.AddModelError(nameof(form.ReviewedMilestoneIds), t["Elija hitos de los planes de esta jurisdicción."]);
        }

        if (!ModelState.IsValid)
        {
            return await FormAsync(form, cancellationToken);
        }

        db.ExpectVersion(meeting, form.Version);
        meeting.Update(form.ToDetails());
        meeting.SetReviewedMilestones(form.ReviewedMilestoneIds);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, t["Otra persona cambió esta reunión mientras la editaba y sus cambios no se guardaron. Vuelva a abrirla para ver la versión actual."]);
            return await FormAsync(form, cancellationToken);
        }

        TempData["StatusMessage"] = t["Se guardaron los cambios de «{0}».", meeting.Title].Value;
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpPost("{id:int}/announce")]
    public async Task<IActionResult> Announce(int id, CancellationToken cancellationToken)
    {
        var meeting = await db.CommitteeMeetings.SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (meeting is null)
        {
            return NotFound();
        }

        if (!await MayRecordAsync(meeting.JurisdictionId))
        {
            return Forbid();
        }

        try
        {
            meeting.Announce(clock.GetUtcNow().UtcDateTime);
        }
        catch (DomainException exception)
        {
            TempData["StatusMessage"] = t.Translate(exception.Error);
            return RedirectToAction(nameof(Index));
        }

        await db.SaveChangesAsync(cancellationToken);
        TempData["StatusMessage"] = t["La reunión «{0}» ya se muestra en el portal; el acta sigue en borrador.", meeting.Title].Value;
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpGet("{id:int}/publish")]
    public Task<IActionResult> Publish(int id, CancellationToken cancellationToken) => PageAsync(id, "Publish.cshtml", new PublishForm(), new AddendumForm(), cancellationToken);

    [HttpPost("{id:int}/publish")]
    public async Task<IActionResult> Publish(int id, PublishForm form, CancellationToken cancellationToken)
    {
        var meeting = await db.CommitteeMeetings.Include(m => m.ReviewedMilestones).SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (meeting is null)
        {
            return NotFound();
        }

        if (!await MayRecordAsync(meeting.JurisdictionId))
        {
            return Forbid();
        }

        if (ModelState.IsValid)
        {
            var slug = await db.Jurisdictions.Where(j => j.Id == meeting.JurisdictionId).Select(j => j.Slug).SingleAsync(cancellationToken);
            var url = Url.Action(nameof(MeetingsController.Details), "Meetings", new { slug, id }, Request.Scheme)!;
            try
            {
                await publisher.PublishAsync(meeting, url, cancellationToken);
                TempData["StatusMessage"] = t["Se publicó el acta de «{0}».", meeting.Title].Value;
                return RedirectToAction(nameof(Addendum), new { id });
            }
            catch (DomainException exception)
            {
                ModelState.AddDomainError(exception, t, nameof(form.Confirm));
            }
        }

        return await PageAsync(id, "Publish.cshtml", form, new AddendumForm(), cancellationToken);
    }

    [HttpGet("{id:int}/addendum")]
    public Task<IActionResult> Addendum(int id, CancellationToken cancellationToken) => PageAsync(id, "Addendum.cshtml", new PublishForm(), new AddendumForm(), cancellationToken);

    [HttpPost("{id:int}/addendum")]
    public async Task<IActionResult> Addendum(int id, AddendumForm form, CancellationToken cancellationToken)
    {
        var meeting = await db.CommitteeMeetings.SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (meeting is null)
        {
            return NotFound();
        }

        if (!await MayRecordAsync(meeting.JurisdictionId))
        {
            return Forbid();
        }

        if (meeting.Status != MeetingStatus.Published)
        {
            return Conflict();
        }

        if (ModelState.IsValid)
        {
            var author = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
            try
            {
                db.MeetingAddenda.Add(meeting.AddAddendum(form.Text!, author, clock.GetUtcNow().UtcDateTime));
                await db.SaveChangesAsync(cancellationToken);
                TempData["StatusMessage"] = t["Se añadió la adenda al acta de «{0}».", meeting.Title].Value;
                return RedirectToAction(nameof(Addendum), new { id });
            }
            catch (DomainException exception)
            {
                ModelState.AddDomainError(exception, t, nameof(form.Text));
            }
        }

        return await PageAsync(id, "Addendum.cshtml", new PublishForm(), form, cancellationToken);
    }

    private async Task<IActionResult> PageAsync(int id, string view, PublishForm publish, AddendumForm addendum, CancellationToken cancellationToken)
    {
        if (await RefuseAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var meeting = await MeetingDetailsQuery.LoadAsync(db, id, slug: null, publicOnly: false, cancellationToken);
        return meeting is null ? NotFound() : View(Views + view, new CommitteeMeetingPage(meeting, publish, addendum));
    }

    private async Task<IActionResult> FormAsync(MeetingForm form, CancellationToken cancellationToken)
    {
        var own = User.JurisdictionIds();
        var all = User.IsInRole(Roles.Admin);
        form.Jurisdictions = (await db.JurisdictionOptionsAsync(cancellationToken)).Where(j => all || own.Contains(j.Id)).ToList();
        form.JurisdictionName = form.Jurisdictions.FirstOrDefault(j => j.Id == form.JurisdictionId)?.Name;
        if (form.Id is not null)
        {
            form.Milestones = await MilestonesOf(form.JurisdictionId).ToListAsync(cancellationToken);
        }

        return View(Views + "Edit.cshtml", form);
    }

    private async Task<bool> MayRecordAsync(int jurisdictionId) =>
        (await authorization.AuthorizeAsync(User, new JurisdictionScope(jurisdictionId), Operations.RecordMeetings)).Succeeded;

    /// <summary>404 for a meeting that does not exist, 403 for one of a jurisdiction the user may not record in; null otherwise.</summary>
    private async Task<IActionResult?> RefuseAsync(int id, CancellationToken cancellationToken)
    {
        var jurisdictionId = await db.CommitteeMeetings.Where(m => m.Id == id).Select(m => (int?)m.JurisdictionId).SingleOrDefaultAsync(cancellationToken);
        return jurisdictionId is null ? NotFound() : await MayRecordAsync(jurisdictionId.Value) ? null : Forbid();
    }

    /// <summary>An Admin sees every jurisdiction's meetings; a body member those of their own jurisdictions.</summary>
    private IQueryable<CommitteeMeeting> VisibleMeetings()
    {
        var own = User.JurisdictionIds().ToList();
        var meetings = db.CommitteeMeetings.AsNoTracking();
        return User.IsInRole(Roles.Admin) ? meetings : meetings.Where(m => own.Contains(m.JurisdictionId));
    }

    private IQueryable<MilestoneOption> MilestonesOf(int jurisdictionId) =>
        from m in db.Milestones
        join c in db.Commitments on m.CommitmentId equals c.Id
        join p in db.ActionPlans on c.ActionPlanId equals p.Id
        where p.JurisdictionId == jurisdictionId
        orderby c.Code, m.Order
        select new MilestoneOption(m.Id, c.Code, m.Order, m.Title);
}
