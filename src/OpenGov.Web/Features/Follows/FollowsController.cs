using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using OpenGov.Web.Data;
using OpenGov.Web.Resources;
using OpenGov.Web.Setup;

namespace OpenGov.Web.Features.Follows;

/// <summary>
/// Following a commitment by e-mail, open to anyone: a form, a mailed confirmation link and a mailed
/// unsubscribe link. Both links open a page whose button posts, so mail scanners that prefetch links
/// change nothing; the one exception is the RFC 8058 one-click POST a mail client sends to unsubscribe.
/// </summary>
[AllowAnonymous]
[Route("follows")]
public sealed class FollowsController(AppDbContext db, FollowSubscriptions subscriptions, IStringLocalizer<SharedResource> t) : Controller
{
    private const string StatusMessage = "StatusMessage";

    [HttpGet("commitments/{commitmentId:int}")]
    public async Task<IActionResult> Create(int commitmentId, CancellationToken cancellationToken)
    {
        var target = await db.FindTargetAsync(commitmentId, cancellationToken);
        return target is null ? NotFound() : View(new FollowPageViewModel(target, new FollowForm()));
    }

    [HttpPost("commitments/{commitmentId:int}")]
    [EnableRateLimiting(SecuritySetup.RegisterRateLimit)]
    public async Task<IActionResult> Create(int commitmentId, FollowForm form, CancellationToken cancellationToken)
    {
        var target = await db.FindTargetAsync(commitmentId, cancellationToken);
        if (target is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return View(new FollowPageViewModel(target, form));
        }

        await subscriptions.SubscribeAsync(target, form.Email, cancellationToken);
        return RedirectToAction(nameof(CheckEmail), new { commitmentId });
    }

    [HttpGet("commitments/{commitmentId:int}/check-email")]
    public async Task<IActionResult> CheckEmail(int commitmentId, CancellationToken cancellationToken)
    {
        var target = await db.FindTargetAsync(commitmentId, cancellationToken);
        return target is null ? NotFound() : View(new FollowPageViewModel(target, new FollowForm()));
    }

    // Tokens come in the query string, which lower-case routing leaves alone (ADR-013); the path form is
    // how links were mailed before, and still opens the page.
    [HttpGet("confirm")]
    [HttpGet("confirm/{token}")]
    public Task<IActionResult> Confirm(string? token, CancellationToken cancellationToken) => TokenPageAsync(token, "Confirm", cancellationToken);

    [HttpPost("confirm")]
    public async Task<IActionResult> ConfirmPost([FromQuery] string? token, CancellationToken cancellationToken)
    {
        var follow = await subscriptions.FindAsync(token, cancellationToken);
        var target = follow is null ? null : await db.FindTargetAsync(follow.CommitmentId, cancellationToken);
        if (follow is null || target is null)
        {
            return View("InvalidLink");
        }

        await subscriptions.ConfirmAsync(follow, cancellationToken);
        TempData[StatusMessage] = t["Listo: te avisaremos por correo de las novedades de {0}.", target.Code].Value;
        return RedirectToCommitment(target);
    }

    [HttpGet("unsubscribe")]
    [HttpGet("unsubscribe/{token}")]
    public Task<IActionResult> Unsubscribe(string? token, CancellationToken cancellationToken) => TokenPageAsync(token, "Unsubscribe", cancellationToken);

    /// <summary>The page's button, or the mail client's RFC 8058 one-click POST to the List-Unsubscribe URL.</summary>
    [HttpPost("unsubscribe")]
    [OneClickUnsubscribe]
    public async Task<IActionResult> UnsubscribePost([FromQuery] string? token, CancellationToken cancellationToken)
    {
        var follow = await subscriptions.FindAsync(token, cancellationToken);
        var target = follow is null ? null : await db.FindTargetAsync(follow.CommitmentId, cancellationToken);
        if (follow is null || target is null)
        {
            return View("InvalidLink");
        }

        await subscriptions.UnsubscribeAsync(follow, cancellationToken);
        var done = t["Ya no recibirás correos sobre {0}.", target.Code].Value;
        if (OneClickUnsubscribeAttribute.IsOneClick(Request))
        {
            // Nobody reads this answer but the mail client: no page, no redirect.
            return Content(done, "text/plain; charset=utf-8");
        }

        TempData[StatusMessage] = done;
        return RedirectToCommitment(target);
    }

    private async Task<IActionResult> TokenPageAsync(string? token, string view, CancellationToken cancellationToken)
    {
        var follow = await subscriptions.FindAsync(token, cancellationToken);
        var target = follow is null ? null : await db.FindTargetAsync(follow.CommitmentId, cancellationToken);
        return target is null ? View("InvalidLink") : View(view, new FollowPageViewModel(target, new FollowForm(), token));
    }

    private RedirectToActionResult RedirectToCommitment(FollowTarget target) =>
        RedirectToAction("Details", "Commitments", new { slug = target.Slug, number = target.PlanNumber, code = target.Code.ToLowerInvariant() });
}
