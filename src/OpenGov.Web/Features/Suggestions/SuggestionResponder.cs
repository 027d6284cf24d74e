using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenGov.Web.Data;
using OpenGov.Web.Infrastructure.Email;
using OpenGov.Web.Resources;

namespace OpenGov.Web.Features.Suggestions;

/// <summary>
/// Records the answer to a suggestion and, when the person left an address, queues it to them through the
/// outbox in the same transaction, signed with the jurisdiction's brand. Returns the address it goes to,
/// or null when there is nobody to send it to; throws DomainException for a closed suggestion or a bad answer.
/// </summary>
public sealed class SuggestionResponder(AppDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> t, ILogger<SuggestionResponder> logger)
{
    public async Task<AnswerOutcome?> AnswerAsync(int id, string answer, string answeredById, CancellationToken cancellationToken)
    {
        var suggestion = await db.Suggestions.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (suggestion is null)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        suggestion.Answer(answer, answeredById, now);
        if (suggestion.ContactEmail is { } to)
        {
            var brand = await db.BrandOfJurisdictionAsync(suggestion.JurisdictionId, cancellationToken);
            // In the language the person wrote in, whoever answers.
            using var language = CultureScope.Of(suggestion.Language);
            db.OutboxMessages.Add(new OutboxMessage
            {
                // One e-mail per answer: a second answer (which replaces the first) is mailed too.
                DeduplicationKey = $"suggestion:{suggestion.Id}:answer:{now.Ticks}",
                To = to,
                Subject = t["Respuesta a su sugerencia en {0}", brand ?? ""],
                Body = string.Join("\n\n",
                    t["Gracias por escribirnos. Esta es la respuesta a la sugerencia que dejó el {0}:", suggestion.CreatedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)],
                    suggestion.AnswerText,
                    t["Su sugerencia:"],
                    suggestion.Text),
                FromName = brand,
                CreatedAt = now,
                NextAttemptAt = now,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Answered suggestion {SuggestionId}; mailed: {Mailed}", suggestion.Id, suggestion.ContactEmail is not null);
        return new AnswerOutcome(suggestion.ContactEmail);
    }
}
