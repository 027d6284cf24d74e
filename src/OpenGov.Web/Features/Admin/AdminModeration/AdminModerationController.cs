using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenGov.Core.Common;
using OpenGov.Core.Participation;
using OpenGov.Web.Authorization;
using OpenGov.Web.Data;
using OpenGov.Web.Resources;

namespace OpenGov.Web.Features.Admin.AdminModeration;

/// <summary>
/// The moderation queue: reported comments first, then the newest. Admins hide a comment with a
/// reason that the public sees in its place, or show it again; no comment is ever deleted.
/// </summary>
[Authorize(Policy = Policies.Administer)]
[Route("admin/moderation")]
public sealed class AdminModerationController(AppDbContext db, TimeProvider time, IStringLocalizer<SharedResource> t) : Controller
{
    private const int Limit = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        // Reported and still visible: what needs a decision.
        var reported = await db.Comments.AsNoTracking()
            .Where(c => c.State == CommentState.Visible && db.CommentReports.Any(r => r.CommentId == c.Id))
            .OrderByDescending(c => db.CommentReports.Count(r => r.CommentId == c.Id)).ThenByDescending(c => c.CreatedAt)
            .Take(Limit).SelectModerationItems(db).ToListAsync(cancellationToken);
        var recent = await db.Comments.AsNoTracking()
            .OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id)
            .Take(Limit).SelectModerationItems(db).ToListAsync(cancellationToken);
        return View(new ModerationIndexViewModel(reported, recent));
    }

    [HttpGet("{id:int}/hide")]
    public Task<IActionResult> Hide(int id, CancellationToken cancellationToken) => HidePageAsync(id, new HideCommentForm(), cancellationToken);

    [HttpPost("{id:int}/hide")]
    public async Task<IActionResult> Hide(int id, HideCommentForm form, CancellationToken cancellationToken)
    {
        var comment = await db.Comments.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (comment is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            try
            {
                comment.Hide(form.Reason, User.FindFirstValue(ClaimTypes.NameIdentifier)!, time.GetUtcNow().UtcDateTime);
                await db.SaveChangesAsync(cancellationToken);
                TempData["StatusMessage"] = t["El comentario quedó oculto; el público ve el motivo en su lugar."].Value;
                return RedirectToAction(nameof(Index));
            }
            catch (DomainException exception)
            {
                ModelState.AddDomainError(exception, t, nameof(form.Reason));
            }
        }

        return await HidePageAsync(id, form, cancellationToken);
    }

    [HttpPost("{id:int}/unhide")]
    public async Task<IActionResult> Unhide(int id, CancellationToken cancellationToken)
    {
        var comment = await db.Comments.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (comment is null)
        {
            return NotFound();
        }

        comment.Unhide();
        await db.SaveChangesAsync(cancellationToken);
        TempData["StatusMessage"] = t["El comentario vuelve a mostrarse."].Value;
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> HidePageAsync(int id, HideCommentForm form, CancellationToken cancellationToken)
    {
        var item = await db.Comments.AsNoTracking().Where(c => c.Id == id).SelectModerationItems(db).FirstOrDefaultAsync(cancellationToken);
        return item is null ? NotFound() : View("Hide", new HideCommentViewModel(item, form));
    }
}
