using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenGov.Core.Common;
using OpenGov.Core.Participation;
using OpenGov.Web.Data;
using OpenGov.Web.Resources;
using OpenGov.Web.Setup;

namespace OpenGov.Web.Features.Suggestions;

/// <summary>
/// The public suggestion box of a jurisdiction: anonymous, contact optional, rate limited, with a
/// spam trap. Only Admins and the steering committee read what arrives (see SuggestionInboxController).
/// </summary>
[AllowAnonymous]
[Route("{slug}/suggestions")]
public sealed class SuggestionsController(AppDbContext db, TimeProvider time, IStringLocalizer<SharedResource> t, ILogger<SuggestionsController> logger) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Create(string slug, CancellationToken cancellationToken)
    {
        var jurisdiction = await FindAsync(slug, cancellationToken);
        return jurisdiction is null ? NotFound() : View(new SuggestionPageViewModel(jurisdiction.Slug, jurisdiction.Name, new SuggestionForm()));
    }

    [HttpPost("")]
    [EnableRateLimiting(SecuritySetup.ParticipationRateLimit)]
    public async Task<IActionResult> Create(string slug, SuggestionForm form, CancellationToken cancellationToken)
    {
        var jurisdiction = await FindAsync(slug, cancellationToken);
        if (jurisdiction is null)
        {
            return NotFound();
        }

        // A bot that filled the hidden field gets the same thank-you page, so it learns nothing.
        if (!string.IsNullOrEmpty(form.Website))
        {
            logger.LogInformation("Suggestion dropped by the spam trap for {Slug}", slug);
            return RedirectToAction(nameof(Thanks), new { slug });
        }

        if (ModelState.IsValid)
        {
            try
            {
                var suggestion = Suggestion.Submit(jurisdiction.Id, form.Topic!.Value, form.Text, form.Rating, form.ContactEmail, time.GetUtcNow().UtcDateTime);
                suggestion.Language = CultureInfo.CurrentUICulture.Name;
                db.Suggestions.Add(suggestion);
                await db.SaveChangesAsync(cancellationToken);
                return RedirectToAction(nameof(Thanks), new { slug });
            }
            catch (DomainException exception)
            {
                ModelState.AddDomainError(exception, t, nameof(form.Text));
            }
        }

        return View(new SuggestionPageViewModel(jurisdiction.Slug, jurisdiction.Name, form));
    }

    [HttpGet("thanks")]
    public async Task<IActionResult> Thanks(string slug, CancellationToken cancellationToken)
    {
        var jurisdiction = await FindAsync(slug, cancellationToken);
        return jurisdiction is null ? NotFound() : View(new SuggestionPageViewModel(jurisdiction.Slug, jurisdiction.Name, new SuggestionForm()));
    }

    private Task<Core.Jurisdictions.Jurisdiction?> FindAsync(string slug, CancellationToken cancellationToken) =>
        db.Jurisdictions.AsNoTracking().FirstOrDefaultAsync(j => j.Slug == slug, cancellationToken);
}
