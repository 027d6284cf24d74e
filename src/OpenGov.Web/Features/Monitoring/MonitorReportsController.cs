using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenGov.Core.Common;
using OpenGov.Core.Jurisdictions;
using OpenGov.Core.Monitoring;
using OpenGov.Web.Authorization;
using OpenGov.Web.Data;
using OpenGov.Web.Features.Follows;
using OpenGov.Web.Resources;

namespace OpenGov.Web.Features.Monitoring;

/// <summary>
/// The independent monitor's desk: write a draft, preview it as the public will see it, publish it,
/// and correct a published report with a new one. Only the Monitor role gets in (not Admins, not
/// government roles), and a published report answers every change with 409 Conflict. A monitor works
/// only on the plans of the jurisdictions they are attached to (403 elsewhere, ADR-019).
/// </summary>
[Route("monitor")]
[Authorize(Policy = Policies.PublishReports)]
public sealed class MonitorReportsController(
    AppDbContext db, FollowerNotifications notifications, IAuthorizationService authorization, IStringLocalizer<SharedResource> t, TimeProvider clock) : Controller
{
    private const string Views = "~/Features/Monitoring/";
    private const string StatusMessage = "StatusMessage";

    /// <summary>The PDF plus the text fields and multipart overhead.</summary>
    private const long MaxFormBytes = Core.Commitments.Evidence.MaxFileBytes + 1024 * 1024;

    [HttpGet("reports")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var own = User.JurisdictionIds().ToList();
        var plans = await db.ActionPlans.AsNoTracking().Where(p => own.Contains(p.JurisdictionId))
            .OrderBy(p => p.Jurisdiction!.Name).ThenByDescending(p => p.Number)
            .Select(p => new MonitorPlanOption(p.Id, p.Jurisdiction!.Name, p.Number, p.Title))
            .ToListAsync(cancellationToken);
        var reports = await db.MonitoringReports.AsNoTracking()
            .Join(db.ActionPlans, r => r.ActionPlanId, p => p.Id, (r, p) => new { r, p })
            .Where(x => own.Contains(x.p.JurisdictionId))
            .OrderBy(x => x.r.Status).ThenByDescending(x => x.r.PublishedAt).ThenByDescending(x => x.r.Id)
            .Select(x => new MonitorReportListItem(x.r.Id, x.r.Title, x.p.Jurisdiction!.Slug, x.p.Number, x.r.Kind, x.r.Status, x.r.PublishedAt, x.r.SupersedesReportId))
            .ToListAsync(cancellationToken);
        return View(Views + "Desk.cshtml", new MonitorReportsViewModel(plans, reports));
    }

    [HttpGet("plans/{planId:int}/reports/new")]
    public async Task<IActionResult> Create(int planId, CancellationToken cancellationToken)
    {
        if (await RefusePlanAsync(planId, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var model = new ReportEditViewModel
        {
            PlanId = planId,
            Kind = ReportKind.Quarterly,
            PeriodStart = today.AddMonths(-3),
            PeriodEnd = today,
            MonitorOrganization = await DefaultMonitorAsync(planId, cancellationToken),
        };
        return await FormAsync(model, cancellationToken);
    }

    [HttpPost("plans/{planId:int}/reports/new")]
    [RequestSizeLimit(MaxFormBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxFormBytes)]
    public async Task<IActionResult> Create(int planId, ReportEditViewModel model, CancellationToken cancellationToken)
    {
        if (await RefusePlanAsync(planId, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        model.PlanId = planId;
        model.Id = null;
        if (!await ReportForm.FillContextAsync(db, model, cancellationToken))
        {
            return NotFound();
        }

        ReportForm.Validate(model, ModelState, t);
        var pdf = await ReportForm.ReadPdfAsync(model, ModelState, t, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View(Views + "Edit.cshtml", model);
        }

        try
        {
            var report = MonitoringReport.Create(planId, model.ToDetails(), User.FindFirstValue(ClaimTypes.NameIdentifier), clock.GetUtcNow().UtcDateTime);
            ReportForm.Apply(model, report, pdf);
            db.MonitoringReports.Add(report);
            await db.SaveChangesAsync(cancellationToken);
            TempData[StatusMessage] = t["Se guardó el borrador. Revise la vista previa antes de publicarlo."].Value;
            return RedirectToAction(nameof(Preview), new { id = report.Id });
        }
        catch (DomainException e)
        {
            ModelState.AddDomainError(e, t, string.Empty);
            return View(Views + "Edit.cshtml", model);
        }
    }

    [HttpGet("reports/{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var report = await db.MonitoringReports.AsNoTracking().Include(r => r.Assessments).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (report is null)
        {
            return NotFound();
        }

        if (await RefusePlanAsync(report.ActionPlanId, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        return report.IsPublished ? await PublishedConflictAsync(id, cancellationToken) : await FormAsync(ReportForm.From(report), cancellationToken);
    }

    [HttpPost("reports/{id:int}/edit")]
    [RequestSizeLimit(MaxFormBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxFormBytes)]
    public async Task<IActionResult> Edit(int id, ReportEditViewModel model, CancellationToken cancellationToken)
    {
        var report = await db.MonitoringReports.Include(r => r.Assessments).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (report is null)
        {
            return NotFound();
        }

        if (await RefusePlanAsync(report.ActionPlanId, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        // Published reports are immutable for everyone: refuse before reading the form.
        if (report.IsPublished)
        {
            return await PublishedConflictAsync(id, cancellationToken);
        }

        model.Id = id;
        model.PlanId = report.ActionPlanId;
        model.SupersedesReportId = report.SupersedesReportId;
        await ReportForm.FillContextAsync(db, model, cancellationToken);
        ReportForm.Validate(model, ModelState, t);
        var pdf = await ReportForm.ReadPdfAsync(model, ModelState, t, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View(Views + "Edit.cshtml", model);
        }

        try
        {
            if (pdf is not null)
            {
                // Loaded only when replaced: the old file is then deleted as the report's orphan.
                await db.Entry(report).Reference(r => r.Pdf).LoadAsync(cancellationToken);
            }

            db.Entry(report).Property(r => r.Version).OriginalValue = model.Version;
            ReportForm.Apply(model, report, pdf);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException e)
        {
            ModelState.AddDomainError(e, t, string.Empty);
            return View(Views + "Edit.cshtml", model);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, t["Otra persona guardó este borrador mientras usted lo editaba. Vuelva a abrirlo para ver sus cambios."]);
            return View(Views + "Edit.cshtml", model);
        }

        TempData[StatusMessage] = t["Se guardó el borrador. Revise la vista previa antes de publicarlo."].Value;
        return RedirectToAction(nameof(Preview), new { id });
    }

    [HttpGet("reports/{id:int}/preview")]
    public async Task<IActionResult> Preview(int id, CancellationToken cancellationToken)
    {
        if (await RefuseReportAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var model = await ReportQueries.LoadDetailsAsync(db, id, includeDrafts: true, cancellationToken);
        return model is null ? NotFound() : View(Views + "Details.cshtml", model);
    }

    [HttpPost("reports/{id:int}/publish")]
    public async Task<IActionResult> Publish(int id, CancellationToken cancellationToken)
    {
        var report = await db.MonitoringReports.Include(r => r.Assessments).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (report is null)
        {
            return NotFound();
        }

        if (await RefusePlanAsync(report.ActionPlanId, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (report.IsPublished)
        {
            return await PublishedConflictAsync(id, cancellationToken);
        }

        var commitments = await db.Commitments.AsNoTracking().Where(c => c.ActionPlanId == report.ActionPlanId)
            .ToDictionaryAsync(c => c.Id, c => c.Code, cancellationToken);
        try
        {
            report.Publish(clock.GetUtcNow().UtcDateTime, commitments);
        }
        catch (DomainException e)
        {
            ModelState.AddDomainError(e, t, string.Empty);
            var preview = await ReportQueries.LoadDetailsAsync(db, id, includeDrafts: true, cancellationToken);
            return View(Views + "Details.cshtml", preview);
        }

        var slug = await db.ActionPlans.Where(p => p.Id == report.ActionPlanId).Select(p => p.Jurisdiction!.Slug).SingleAsync(cancellationToken);
        var link = Url.Action(nameof(MonitoringController.Details), "Monitoring", new { slug, id }, Request.Scheme);
        foreach (var assessment in report.Assessments.Where(a => commitments.ContainsKey(a.CommitmentId)))
        {
            // One notice per follower, report and commitment: a retried publish never mails twice.
            var code = commitments[assessment.CommitmentId];
            await notifications.QueueAsync(
                assessment.CommitmentId,
                $"report:{id}:commitment:{assessment.CommitmentId}",
                t => new(
                    t["El monitor independiente evaluó el compromiso {0}", code],
                    $"{t["Se publicó el informe «{0}», que evalúa el compromiso {1} que usted sigue.", report.Title, code]}\n\n{link}"),
                cancellationToken);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved or published the draft meanwhile: show them the report as it now stands.
            TempData[StatusMessage] = t["Otra persona cambió este informe mientras usted lo revisaba. Revise esta versión antes de publicarla."].Value;
            return RedirectToAction(nameof(Preview), new { id });
        }

        TempData[StatusMessage] = t["Se publicó el informe. Ya es público y no se puede modificar."].Value;
        return RedirectToAction(nameof(MonitoringController.Details), "Monitoring", new { slug, id });
    }

    /// <summary>"Publicar una corrección": a new draft copying the published report, which stays public until the correction is published beside it.</summary>
    [HttpPost("reports/{id:int}/supersede")]
    public async Task<IActionResult> Supersede(int id, CancellationToken cancellationToken)
    {
        var report = await db.MonitoringReports.AsNoTracking().Include(r => r.Assessments).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (report is null)
        {
            return NotFound();
        }

        if (await RefusePlanAsync(report.ActionPlanId, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        try
        {
            var correction = report.Supersede(User.FindFirstValue(ClaimTypes.NameIdentifier), clock.GetUtcNow().UtcDateTime);
            db.MonitoringReports.Add(correction);
            await db.SaveChangesAsync(cancellationToken);
            TempData[StatusMessage] = t["Se creó la corrección como borrador. El informe original sigue publicado hasta que publique la corrección."].Value;
            return RedirectToAction(nameof(Edit), new { id = correction.Id });
        }
        catch (DomainException e)
        {
            TempData[StatusMessage] = t.Translate(e.Error);
            return RedirectToAction(nameof(Edit), new { id });
        }
    }

    /// <summary>404 for a plan that does not exist, 403 for one outside the monitor's jurisdictions; null otherwise.</summary>
    private async Task<IActionResult?> RefusePlanAsync(int planId, CancellationToken cancellationToken)
    {
        var jurisdictionId = await db.ActionPlans.Where(p => p.Id == planId).Select(p => (int?)p.JurisdictionId).SingleOrDefaultAsync(cancellationToken);
        if (jurisdictionId is null)
        {
            return NotFound();
        }

        var allowed = await authorization.AuthorizeAsync(User, new JurisdictionScope(jurisdictionId.Value), Operations.WriteReports);
        return allowed.Succeeded ? null : Forbid();
    }

    private async Task<IActionResult?> RefuseReportAsync(int reportId, CancellationToken cancellationToken)
    {
        var planId = await db.MonitoringReports.Where(r => r.Id == reportId).Select(r => (int?)r.ActionPlanId).SingleOrDefaultAsync(cancellationToken);
        return planId is null ? NotFound() : await RefusePlanAsync(planId.Value, cancellationToken);
    }

    private async Task<IActionResult> FormAsync(ReportEditViewModel model, CancellationToken cancellationToken) =>
        await ReportForm.FillContextAsync(db, model, cancellationToken) ? View(Views + "Edit.cshtml", model) : NotFound();

    private async Task<IActionResult> PublishedConflictAsync(int id, CancellationToken cancellationToken)
    {
        var model = await ReportQueries.LoadDetailsAsync(db, id, includeDrafts: false, cancellationToken);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return View(Views + "Published.cshtml", model);
    }

    /// <summary>The jurisdiction's civil-society monitor, when the demo data or the back office names one.</summary>
    private Task<string?> DefaultMonitorAsync(int planId, CancellationToken cancellationToken) =>
        (from plan in db.ActionPlans
         join institution in db.Institutions on plan.JurisdictionId equals institution.JurisdictionId
         where plan.Id == planId && (institution.Kind == InstitutionKind.Ngo || institution.Kind == InstitutionKind.CivilSociety)
         orderby institution.Name
         select institution.Name)
        .FirstOrDefaultAsync(cancellationToken);
}
