using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenGov.Core.Common;
using OpenGov.Core.Commitments;
using OpenGov.Web.Authorization;
using OpenGov.Web.Data;
using OpenGov.Web.Features.Shared;
using OpenGov.Web.Identity;
using OpenGov.Web.Infrastructure.Files;
using OpenGov.Web.Resources;

namespace OpenGov.Web.Features.ProgressUpdates;

/// <summary>
/// The official's back office: "Mis hitos", the progress report form and the re-plan form. Every
/// action checks the milestone itself (its responsible institution), whatever ids were posted.
/// </summary>
[Route("my/milestones")]
public sealed class ProgressUpdatesController(
    AppDbContext db,
    ProgressReporter reporter,
    IAuthorizationService authorization,
    IStringLocalizer<SharedResource> t,
    TimeProvider clock) : Controller
{
    private const string StatusMessage = "StatusMessage";

    /// <summary>Five evidence files of 20 MB plus the text fields and multipart overhead.</summary>
    private const long MaxReportBytes = Evidence.MaxFiles * Evidence.MaxFileBytes + 1024 * 1024;

    [HttpGet("")]
    [Authorize(Policy = Policies.ReportProgress)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var institutionIds = User.FindAll(OpenGovClaims.Institution)
            .Select(c => int.Parse(c.Value, CultureInfo.InvariantCulture))
            .ToList();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return View(await MyMilestonesQuery.LoadAsync(db, institutionIds, today, cancellationToken));
    }

    [HttpGet("{id:int}/report")]
    [Authorize(Policy = Policies.ReportProgress)]
    public async Task<IActionResult> Report(int id, CancellationToken cancellationToken)
    {
        if (await DenyAsync(id, Operations.ReportProgress, cancellationToken) is { } denied)
        {
            return denied;
        }

        var context = (await db.LoadContextAsync(id, cancellationToken))!;
        if (context.Status == MilestoneStatus.Cancelled)
        {
            return CancelledView(context);
        }

        return View(new ProgressReportViewModel
        {
            MilestoneId = id,
            Version = context.Version,
            LastUpdateId = context.LastUpdateId,
            Progress = context.Progress,
            Status = context.Status == MilestoneStatus.NotStarted ? MilestoneStatus.InProgress : context.Status,
            Milestone = context,
        });
    }

    [HttpPost("{id:int}/report")]
    [Authorize(Policy = Policies.ReportProgress)]
    [RequestSizeLimit(MaxReportBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxReportBytes)]
    public async Task<IActionResult> Report(int id, ProgressReportViewModel model, CancellationToken cancellationToken)
    {
        // A form for one milestone posted to another's address is tampering, not a mistake to explain.
        if (model.MilestoneId != id)
        {
            return BadRequest();
        }

        if (await DenyAsync(id, Operations.ReportProgress, cancellationToken) is { } denied)
        {
            return denied;
        }

        if (await db.LoadContextAsync(id, cancellationToken) is { Status: MilestoneStatus.Cancelled } cancelled)
        {
            return CancelledView(cancelled);
        }

        var files = await ReadFilesAsync(model, cancellationToken);
        if (!ModelState.IsValid)
        {
            return await FormAsync(model, cancellationToken);
        }

        try
        {
            await reporter.ReportAsync(User, new ProgressReport(
                id, model.Version, model.Progress!.Value, model.Status!.Value, model.Narrative!, files, model.LinkList()), cancellationToken);
        }
        catch (DomainException e)
        {
            ModelState.AddDomainError(e, t, string.Empty);
            return await FormAsync(model, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(model, cancellationToken);
        }

        // The body that turns the second key is the milestone's jurisdiction's own (ADR-019).
        var body = await db.Milestones.Where(m => m.Id == id)
            .Select(m => db.ActionPlans.Where(p => p.Id == m.Commitment!.ActionPlanId).Select(p => p.Jurisdiction!.SteeringBodyName).FirstOrDefault())
            .FirstOrDefaultAsync(cancellationToken);
        TempData[StatusMessage] = t["Se guardó el avance. El {0} lo revisará.", string.IsNullOrWhiteSpace(body) ? t[SteeringBodyNames.Unnamed].Value : body].Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id:int}/replan")]
    public async Task<IActionResult> Replan(int id, CancellationToken cancellationToken)
    {
        if (await DenyAsync(id, Operations.Replan, cancellationToken) is { } denied)
        {
            return denied;
        }

        var context = (await db.LoadContextAsync(id, cancellationToken))!;
        return View(new MilestoneReplanViewModel
        {
            MilestoneId = id,
            Version = context.Version,
            CurrentStart = context.CurrentStart,
            CurrentEnd = context.CurrentEnd,
            Milestone = context,
        });
    }

    [HttpPost("{id:int}/replan")]
    public async Task<IActionResult> Replan(int id, MilestoneReplanViewModel model, CancellationToken cancellationToken)
    {
        if (model.MilestoneId != id)
        {
            return BadRequest();
        }

        var milestone = await db.Milestones.FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (milestone is null)
        {
            return NotFound();
        }

        if (!(await authorization.AuthorizeAsync(User, milestone, Operations.Replan)).Succeeded)
        {
            return Forbid();
        }

        var context = (await db.LoadContextAsync(id, cancellationToken))!;
        if (ModelState.IsValid)
        {
            try
            {
                db.Entry(milestone).Property(m => m.Version).OriginalValue = model.Version;
                milestone.Replan(model.CurrentStart, model.CurrentEnd, model.Reason!, context.PlanPeriodEnd, model.ConfirmBeyondPlanEnd);
                await db.SaveChangesAsync(cancellationToken);
                TempData[StatusMessage] = t["Se guardaron las nuevas fechas y el motivo del cambio."].Value;
                return User.IsInRole(Roles.Official) ? RedirectToAction(nameof(Index)) : Redirect(PublicUrl(context));
            }
            catch (DomainException e)
            {
                ModelState.AddDomainError(e, t);
            }
            catch (DbUpdateConcurrencyException)
            {
                ModelState.AddModelError(string.Empty, t["Otra persona cambió este hito mientras usted editaba. Revise las fechas actuales y vuelva a guardar si el cambio sigue siendo necesario."]);
                ModelState.Remove(nameof(model.Version));
                Response.StatusCode = StatusCodes.Status409Conflict;
            }
        }

        model.Milestone = (await db.LoadContextAsync(id, cancellationToken))!;
        if (Response.StatusCode == StatusCodes.Status409Conflict)
        {
            model.Version = model.Milestone.Version;
        }

        return View(model);
    }

    /// <summary>A cancelled milestone takes no reports: the form is not offered and a posted one changes nothing.</summary>
    private ViewResult CancelledView(ReportMilestoneContext context)
    {
        Response.StatusCode = StatusCodes.Status409Conflict;
        return View("Cancelled", context);
    }

    /// <summary>The public page of a milestone, for links from the back office.</summary>
    public static string PublicUrl(ReportMilestoneContext m) =>
        $"/{m.JurisdictionSlug}/plans/{m.PlanNumber}/commitments/{Uri.EscapeDataString(m.CommitmentCode)}/milestones/{m.Order}";

    /// <summary>404 for an unknown milestone, 403 unless the user may do the operation on it; null when allowed.</summary>
    private async Task<IActionResult?> DenyAsync(int id, Microsoft.AspNetCore.Authorization.Infrastructure.OperationAuthorizationRequirement operation, CancellationToken cancellationToken)
    {
        var milestone = await db.FindForAuthorizationAsync(id, cancellationToken);
        if (milestone is null)
        {
            return NotFound();
        }

        return (await authorization.AuthorizeAsync(User, milestone, operation)).Succeeded ? null : Forbid();
    }

    /// <summary>Reads the uploads and refuses, by their bytes, any that is not a PDF, PNG or JPEG.</summary>
    private async Task<List<(string Name, byte[] Content)>> ReadFilesAsync(ProgressReportViewModel model, CancellationToken cancellationToken)
    {
        var files = new List<(string, byte[])>();
        if (!ModelState.IsValid)
        {
            // Oversized or too many files were already refused: do not read them.
            return files;
        }

        foreach (var file in model.FileList())
        {
            using var buffer = new MemoryStream((int)file.Length);
            await file.CopyToAsync(buffer, cancellationToken);
            var content = buffer.ToArray();
            if (EvidenceFileInspector.Sniff(content) is null)
            {
                ModelState.AddModelError(nameof(model.Files),
                    t["El archivo «{0}» no es un PDF, PNG ni JPEG (se revisa su contenido, no su nombre).", EvidenceFileInspector.SanitizeFileName(file.FileName)]);
                continue;
            }

            files.Add((file.FileName, content));
        }

        return files;
    }

    private async Task<IActionResult> FormAsync(ProgressReportViewModel model, CancellationToken cancellationToken)
    {
        model.Milestone = (await db.LoadContextAsync(model.MilestoneId, cancellationToken))!;
        return View(nameof(Report), model);
    }

    /// <summary>
    /// Someone saved first: show what they reported and keep this author's text, with the form now
    /// based on the new version, so resubmitting is a deliberate choice and nothing is overwritten.
    /// </summary>
    private async Task<IActionResult> ConflictAsync(ProgressReportViewModel model, CancellationToken cancellationToken)
    {
        var context = (await db.LoadContextAsync(model.MilestoneId, cancellationToken))!;
        model.NewerReports = await db.LoadReportsAfterAsync(model.MilestoneId, model.LastUpdateId, cancellationToken);
        model.Milestone = context;
        model.Version = context.Version;
        model.LastUpdateId = context.LastUpdateId;

        // The hidden fields render from ModelState first: drop the posted values so the new ones show.
        ModelState.Remove(nameof(model.Version));
        ModelState.Remove(nameof(model.LastUpdateId));
        Response.StatusCode = StatusCodes.Status409Conflict;
        return View("Conflict", model);
    }
}
