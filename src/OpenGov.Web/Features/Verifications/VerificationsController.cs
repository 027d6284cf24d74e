using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenGov.Core.Common;
using OpenGov.Web.Authorization;
using OpenGov.Web.Data;
using OpenGov.Web.Features.Shared;
using OpenGov.Web.Resources;

namespace OpenGov.Web.Features.Verifications;

/// <summary>
/// A steering body's "second key": a queue of the progress updates of its jurisdictions that nobody
/// has reviewed yet, and a verdict form per update. Verdicts are only ever added; there is no edit or
/// delete endpoint. Updates the member's own institution reported wait for another member (two keys).
/// </summary>
[Authorize(Policy = Policies.VerifyProgress)]
[Route("committee/verifications")]
public sealed class VerificationsController(
    AppDbContext db, VerdictRecorder recorder, IAuthorizationService authorization, IStringLocalizer<SharedResource> t) : Controller
{
    public const int PageSize = 10;
    private const int RecentCount = 10;

    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1, string? jurisdiction = null, CancellationToken cancellationToken = default)
    {
        var own = User.JurisdictionIds();
        var jurisdictions = await db.Jurisdictions.AsNoTracking().Where(j => own.Contains(j.Id)).OrderBy(j => j.Name)
            .Select(j => new JurisdictionOption(j.Slug, j.Name)).ToListAsync(cancellationToken);
        var slug = jurisdictions.Any(j => j.Slug == jurisdiction) ? jurisdiction : null;
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        var updates = db.ProgressUpdates.AsNoTracking().InJurisdictions(db, own).InJurisdiction(db, slug);
        var mine = User.InstitutionIds();
        var reviewable = updates.ReportedBySameHand(db, userId, mine, sameHand: false);

        var total = await reviewable.Unreviewed().CountAsync(cancellationToken);
        var ownInstitutionCount = await updates.ReportedBySameHand(db, userId, mine, sameHand: true).Unreviewed().CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var items = await reviewable.Unreviewed()
            .Skip((page - 1) * PageSize).Take(PageSize)
            .SelectQueueItems(db).AsSplitQuery().ToListAsync(cancellationToken);
        var recent = await updates.RecentlyReviewed().Take(RecentCount)
            .SelectQueueItems(db).AsSplitQuery().ToListAsync(cancellationToken);
        return View(new VerificationQueueViewModel(items, page, pageCount, total, recent, jurisdictions, slug) { OwnInstitutionCount = ownInstitutionCount });
    }

    [HttpGet("{id:int}")]
    public Task<IActionResult> Review([FromRoute] int id, CancellationToken cancellationToken) =>
        ReviewPageAsync(id, new VerdictForm(), cancellationToken);

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Review([FromRoute] int id, VerdictForm form, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await ReviewPageAsync(id, form, cancellationToken);
        }

        try
        {
            await recorder.RecordAsync(User, id, form.Verdict!.Value, form.Comment, cancellationToken);
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }
        catch (UnauthorizedAccessException)
        {
            return Forbid();
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex, t, nameof(VerdictForm.Comment));
            return await ReviewPageAsync(id, form, cancellationToken);
        }

        TempData["StatusMessage"] = t["Veredicto registrado: {0}.", t[Labels.Of(form.Verdict.Value)]].Value;
        return RedirectToAction(nameof(Index));
    }

    /// <summary>
    /// 403 outside the member's jurisdictions; inside them, an update of their own institution is
    /// shown with the reason it waits for another member, and without the form.
    /// </summary>
    private async Task<IActionResult> ReviewPageAsync(int id, VerdictForm form, CancellationToken cancellationToken)
    {
        var item = await db.ProgressUpdates.AsNoTracking().Where(u => u.Id == id)
            .SelectQueueItems(db).AsSplitQuery().FirstOrDefaultAsync(cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        if (!User.JurisdictionIds().Contains(item.JurisdictionId))
        {
            return Forbid();
        }

        var canVerify = (await authorization.AuthorizeAsync(User, item.Target, Operations.Verify)).Succeeded;
        return View("Review", new VerificationReviewViewModel(item, form, User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "") { CanVerify = canVerify });
    }
}
