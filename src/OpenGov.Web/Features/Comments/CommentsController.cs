using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenGov.Core.Common;
using OpenGov.Core.Participation;
using OpenGov.Web.Authorization;
using OpenGov.Web.Data;
using OpenGov.Web.Identity;
using OpenGov.Web.Resources;
using OpenGov.Web.Setup;

namespace OpenGov.Web.Features.Comments;

/// <summary>
/// Citizens comment at the bottom of commitment and milestone pages; Officials of the commitment's
/// institutions reply; anyone signed in reports. The forms post here and come back to the page; only
/// a form with errors is shown on a page of its own.
/// </summary>
[Route("comments")]
public sealed class CommentsController(AppDbContext db, IAuthorizationService authorization, TimeProvider time, IStringLocalizer<SharedResource> t) : Controller
{
    private const string StatusMessage = "StatusMessage";

    [HttpPost("commitments/{commitmentId:int}")]
    [Authorize(Policy = Policies.Comment)]
    [EnableRateLimiting(SecuritySetup.ParticipationRateLimit)]
    public async Task<IActionResult> OnCommitment(int commitmentId, CommentForm form, CancellationToken cancellationToken)
    {
        var target = await db.FindCommitmentTargetAsync(commitmentId, cancellationToken);
        return target is null ? NotFound() : await PostAsync(target, form, nameof(OnCommitment), cancellationToken);
    }

    [HttpPost("milestones/{milestoneId:int}")]
    [Authorize(Policy = Policies.Comment)]
    [EnableRateLimiting(SecuritySetup.ParticipationRateLimit)]
    public async Task<IActionResult> OnMilestone(int milestoneId, CommentForm form, CancellationToken cancellationToken)
    {
        var target = await db.FindMilestoneTargetAsync(milestoneId, cancellationToken);
        return target is null ? NotFound() : await PostAsync(target, form, nameof(OnMilestone), cancellationToken);
    }

    [HttpPost("{id:int}/reply")]
    [Authorize(Policy = Policies.ReplyToComments)]
    [EnableRateLimiting(SecuritySetup.ParticipationRateLimit)]
    public async Task<IActionResult> Reply(int id, CommentForm form, CancellationToken cancellationToken)
    {
        var parent = await db.Comments.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        var target = parent is null ? null : await db.FindTargetAsync(parent, cancellationToken);
        if (parent is null || target is null)
        {
            return NotFound();
        }

        // Authorization before validation: another institution's official learns nothing and saves nothing.
        var institutions = await db.InstitutionsOfCommitmentAsync(parent.CommitmentId, cancellationToken);
        var resource = CommentQueries.ToResource(parent.CommitmentId, institutions);
        if (!(await authorization.AuthorizeAsync(User, resource, Operations.ReplyToComments)).Succeeded)
        {
            return Forbid();
        }

        var institutionId = CommitmentInstitutionsAuthorizationHandler.SharedInstitutions(User, resource).First();
        var institutionName = institutions.First(i => i.Id == institutionId).Name;
        if (ModelState.IsValid)
        {
            try
            {
                var reply = parent.ReplyAsOfficial(UserId, AuthorName, institutionName, form.Text, Now);
                db.Comments.Add(reply);
                await db.SaveChangesAsync(cancellationToken);
                TempData[StatusMessage] = t["Su respuesta oficial se publicó."].Value;
                return Redirect(PageUrl(target, $"comment-{reply.Id}"));
            }
            catch (DomainException exception)
            {
                ModelState.AddDomainError(exception, t, nameof(form.Text));
            }
        }

        var parentItem = await db.Comments.AsNoTracking().Where(c => c.Id == id).SelectItems().FirstAsync(cancellationToken);
        return View("Create", new CommentPageViewModel(target, form, nameof(Reply), parentItem));
    }

    [HttpPost("{id:int}/report")]
    [Authorize]
    [EnableRateLimiting(SecuritySetup.ParticipationRateLimit)]
    public async Task<IActionResult> Report(int id, string? reason, CancellationToken cancellationToken)
    {
        var comment = await db.Comments.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        var target = comment is null ? null : await db.FindTargetAsync(comment, cancellationToken);
        if (comment is null || target is null)
        {
            return NotFound();
        }

        // One report per person: a second click is thanked again but counts once.
        var userId = UserId;
        if (!await db.CommentReports.AnyAsync(r => r.CommentId == id && r.ReporterId == userId, cancellationToken))
        {
            db.CommentReports.Add(comment.Report(userId, reason?.Length > FieldLengths.Reason ? reason[..FieldLengths.Reason] : reason, Now));
            await db.SaveChangesAsync(cancellationToken);
        }

        TempData[StatusMessage] = t["Gracias. El equipo de moderación revisará el comentario."].Value;
        return Redirect(PageUrl(target, $"comment-{id}"));
    }

    private async Task<IActionResult> PostAsync(CommentTarget target, CommentForm form, string action, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var comment = Comment.Post(target.CommitmentId, target.MilestoneId, UserId, AuthorName, form.Text, Now);
                db.Comments.Add(comment);
                await db.SaveChangesAsync(cancellationToken);
                TempData[StatusMessage] = t["Su comentario se publicó."].Value;
                return Redirect(PageUrl(target, $"comment-{comment.Id}"));
            }
            catch (DomainException exception)
            {
                ModelState.AddDomainError(exception, t, nameof(form.Text));
            }
        }

        return View("Create", new CommentPageViewModel(target, form, action));
    }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("A signed-in user has an id.");

    private string AuthorName => User.FindFirstValue(OpenGovClaims.DisplayName) ?? User.Identity?.Name ?? UserId;

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private string PageUrl(CommentTarget target, string fragment) => CommentLinks.PageUrl(Url, target, fragment);
}
