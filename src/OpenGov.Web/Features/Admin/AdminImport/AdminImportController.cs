using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenGov.Core.ActionPlans;
using OpenGov.Web.Authorization;
using OpenGov.Web.Data;
using OpenGov.Web.Features.OpenData;
using OpenGov.Web.Resources;

namespace OpenGov.Web.Features.Admin.AdminImport;

/// <summary>
/// CSV import of a plan's commitments and milestones (ADR-033): upload → preview of what each row will do
/// (nothing written) → confirm, which re-reads the same files carried in the page and writes all or nothing.
/// The plan's own files, in the same columns, download from the same page.
/// </summary>
[Authorize(Policy = Policies.Administer)]
public sealed class AdminImportController(
    AppDbContext db, PlanImporter importer, TimeProvider time, IStringLocalizer<SharedResource> t, ILogger<AdminImportController> logger) : Controller
{
    // Two files at the import's limit, with the multipart overhead.
    private const long RequestLimit = (2 * ImportCsv.MaxBytes) + (1024 * 1024);

    [HttpGet("/admin/plans/{planId:int}/import")]
    public async Task<IActionResult> Index(int planId, CancellationToken cancellationToken) =>
        await PageAsync(planId, null, null, null, changed: false, cancellationToken) is { } page ? View(page) : NotFound();

    [HttpPost("/admin/plans/{planId:int}/import")]
    [RequestSizeLimit(RequestLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = RequestLimit)]
    public async Task<IActionResult> Preview(int planId, IFormFile? commitments, IFormFile? milestones, string? reason, CancellationToken cancellationToken)
    {
        if (!await db.ActionPlans.AnyAsync(p => p.Id == planId, cancellationToken))
        {
            return NotFound();
        }

        var files = new ImportFiles(await ReadAsync(commitments, cancellationToken), await ReadAsync(milestones, cancellationToken), reason);
        var result = await importer.PreviewAsync(planId, files, cancellationToken);
        return View(nameof(Index), await PageAsync(planId, files, result, reason, changed: false, cancellationToken));
    }

    [HttpPost("/admin/plans/{planId:int}/import/confirm")]
    public async Task<IActionResult> Confirm(int planId, string? commitmentsContent, string? milestonesContent, string? reason, string? digest, CancellationToken cancellationToken)
    {
        if (!await db.ActionPlans.AnyAsync(p => p.Id == planId, cancellationToken))
        {
            return NotFound();
        }

        ImportFiles files;
        try
        {
            files = new ImportFiles(Decode(commitmentsContent), Decode(milestonesContent), reason);
        }
        catch (FormatException)
        {
            return BadRequest();
        }

        var result = await importer.ImportAsync(planId, files, digest ?? "", cancellationToken);
        if (!result.Saved)
        {
            return View(nameof(Index), await PageAsync(planId, files, result, reason, changed: result.Problems.Count == 0, cancellationToken));
        }

        int Count(string file, ImportAction action) => result.Count(file, action);
        logger.LogInformation("Imported into plan {PlanId}: {Created} created, {Updated} updated, {Unchanged} unchanged rows",
            planId, result.Outcomes.Count(o => o.Action == ImportAction.Created), result.Outcomes.Count(o => o.Action == ImportAction.Updated),
            result.Outcomes.Count(o => o.Action == ImportAction.Unchanged));
        TempData["StatusMessage"] = t["Importación hecha. Compromisos: {0} nuevos, {1} modificados, {2} sin cambios. Hitos: {3} nuevos, {4} modificados, {5} sin cambios.",
            Count(PlanImporter.CommitmentsFile, ImportAction.Created), Count(PlanImporter.CommitmentsFile, ImportAction.Updated), Count(PlanImporter.CommitmentsFile, ImportAction.Unchanged),
            Count(PlanImporter.MilestonesFile, ImportAction.Created), Count(PlanImporter.MilestonesFile, ImportAction.Updated), Count(PlanImporter.MilestonesFile, ImportAction.Unchanged)].Value;
        return RedirectToAction(nameof(Index), new { planId });
    }

    /// <summary>The plan's commitments in the open-data file's columns: the file to edit and import back.</summary>
    [HttpGet("/admin/plans/{planId:int}/import/commitments.csv")]
    public Task<IActionResult> CommitmentsCsv(int planId, CancellationToken cancellationToken) => DownloadAsync(planId, "commitments", cancellationToken);

    /// <summary>The plan's milestones in the open-data file's columns.</summary>
    [HttpGet("/admin/plans/{planId:int}/import/milestones.csv")]
    public Task<IActionResult> MilestonesCsv(int planId, CancellationToken cancellationToken) => DownloadAsync(planId, "milestones", cancellationToken);

    private async Task<IActionResult> DownloadAsync(int planId, string name, CancellationToken cancellationToken)
    {
        var plan = await db.ActionPlans.AsNoTracking().Where(p => p.Id == planId)
            .Select(p => new { p.JurisdictionId, p.Number, p.Jurisdiction!.Slug })
            .SingleOrDefaultAsync(cancellationToken);
        if (plan is null)
        {
            return NotFound();
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var scope = new OpenDataScope(db, plan.JurisdictionId, [planId], null, today, $"{Request.Scheme}://{Request.Host}{Request.PathBase}");
        return new OpenDataFileResult(OpenDataCatalog.Find(name)!, scope, OpenDataFormat.Csv, $"{plan.Slug}-plan-{plan.Number}-{name}.csv");
    }

    private async Task<ImportPageViewModel?> PageAsync(int planId, ImportFiles? files, ImportResult? result, string? reason, bool changed, CancellationToken cancellationToken)
    {
        var plan = await db.ActionPlans.AsNoTracking().Where(p => p.Id == planId)
            .Select(p => new { p.Title, p.Status })
            .SingleOrDefaultAsync(cancellationToken);
        return plan is null ? null : new ImportPageViewModel
        {
            PlanId = planId,
            PlanTitle = plan.Title,
            BaselineFrozen = plan.Status is PlanStatus.Implementation or PlanStatus.Closed,
            Reason = reason,
            Result = result,
            Changed = changed,
            CommitmentsContent = files?.Commitments is { } c ? Convert.ToBase64String(c) : null,
            MilestonesContent = files?.Milestones is { } m ? Convert.ToBase64String(m) : null,
        };
    }

    /// <summary>The upload's bytes; past the limit, a stand-in one byte over it (nothing is read), which the importer refuses by size.</summary>
    private static async Task<byte[]?> ReadAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return null;
        }

        if (file.Length > ImportCsv.MaxBytes)
        {
            return new byte[ImportCsv.MaxBytes + 1];
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    private static byte[]? Decode(string? base64) => string.IsNullOrEmpty(base64) ? null : Convert.FromBase64String(base64);
}
