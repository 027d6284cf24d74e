using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenGov.Core.Common;
using OpenGov.Core.Participation;
using OpenGov.Web.Authorization;
using OpenGov.Web.Data;
using OpenGov.Web.Identity;
using OpenGov.Web.Resources;

namespace OpenGov.Web.Features.Suggestions;

/// <summary>
/// The suggestion box as Admins and the steering bodies read it: filter by status, answer, close. A
/// body's member sees and answers only the suggestions left in their own jurisdictions (ADR-019).
/// </summary>
[Authorize(Policy = Policies.AnswerSuggestions)]
[Route("backoffice/suggestions")]
public sealed class SuggestionInboxController(AppDbContext db, SuggestionResponder responder, TimeProvider time, IStringLocalizer<SharedResource> t) : Controller
{
    private const int Limit = 200;
    private const string Views = "~/Features/Suggestions/";

    [HttpGet("")]
    public async Task<IActionResult> Index(SuggestionStatus? status, CancellationToken cancellationToken)
    {
        var query = Visible().AsNoTracking();
        if (status is { } s)
        {
            query = query.Where(x => x.Status == s);
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(x => x.CreatedAt).ThenByDescending(x => x.Id).Take(Limit)
            .Select(x => new SuggestionListItem(
                x.Id, db.Jurisdictions.Where(j => j.Id == x.JurisdictionId).Select(j => j.Name).FirstOrDefault(),
                x.Topic, x.Text, x.Rating, x.ContactEmail != null, x.CreatedAt, x.Status))
            .ToListAsync(cancellationToken);
        return View(Views + "Inbox.cshtml", new SuggestionInboxViewModel(items, status, total));
    }

    [HttpGet("{id:int}")]
    public Task<IActionResult> Details(int id, CancellationToken cancellationToken) => DetailsPageAsync(id, new SuggestionAnswerForm(), cancellationToken);

    [HttpPost("{id:int}/answer")]
    public async Task<IActionResult> Answer(int id, SuggestionAnswerForm form, CancellationToken cancellationToken)
    {
        if (await ScopeAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (ModelState.IsValid)
        {
            try
            {
                var outcome = await responder.AnswerAsync(id, form.Answer, User.FindFirstValue(ClaimTypes.NameIdentifier)!, cancellationToken);
                if (outcome is null)
                {
                    return NotFound();
                }

                TempData["StatusMessage"] = outcome.SentTo is { } to
                    ? t["Respuesta registrada y enviada a {0}.", to].Value
                    : t["La respuesta quedó registrada. La persona no dejó un correo, así que no hay a quién enviarla."].Value;
                return RedirectToAction(nameof(Details), new { id });
            }
            catch (DomainException exception)
            {
                ModelState.AddDomainError(exception, t, nameof(form.Answer));
            }
        }

        return await DetailsPageAsync(id, form, cancellationToken);
    }

    [HttpPost("{id:int}/close")]
    public async Task<IActionResult> Close(int id, CancellationToken cancellationToken)
    {
        if (await ScopeAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        var suggestion = await db.Suggestions.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (suggestion is null)
        {
            return NotFound();
        }

        suggestion.Close(time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        TempData["StatusMessage"] = t["La sugerencia quedó cerrada."].Value;
        return RedirectToAction(nameof(Index));
    }

    /// <summary>Admins read every suggestion; a steering-body member those of their jurisdictions.</summary>
    private IQueryable<Suggestion> Visible()
    {
        if (User.IsInRole(Roles.Admin))
        {
            return db.Suggestions;
        }

        var jurisdictions = User.JurisdictionIds().ToList();
        return db.Suggestions.Where(s => s.JurisdictionId != null && jurisdictions.Contains(s.JurisdictionId.Value));
    }

    /// <summary>404 for an unknown suggestion, 403 for one of another jurisdiction; null when the user may act on it.</summary>
    private async Task<IActionResult?> ScopeAsync(int id, CancellationToken cancellationToken)
    {
        if (!await db.Suggestions.AnyAsync(s => s.Id == id, cancellationToken))
        {
            return NotFound();
        }

        return await Visible().AnyAsync(s => s.Id == id, cancellationToken) ? null : Forbid();
    }

    private async Task<IActionResult> DetailsPageAsync(int id, SuggestionAnswerForm form, CancellationToken cancellationToken)
    {
        if (await ScopeAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        var model = await db.Suggestions.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new SuggestionDetailsViewModel(
                s.Id, db.Jurisdictions.Where(j => j.Id == s.JurisdictionId).Select(j => j.Name).FirstOrDefault(),
                s.Topic, s.Text, s.Rating, s.ContactEmail, s.CreatedAt, s.Status, s.AnswerText, s.AnsweredAt, form))
            .FirstOrDefaultAsync(cancellationToken);
        return model is null ? NotFound() : View(Views + "Details.cshtml", model);
    }
}
