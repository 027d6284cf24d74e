using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenGov.Core.Participation;
using OpenGov.Web.Data;
using OpenGov.Web.Infrastructure.Email;
using OpenGov.Web.Resources;

namespace OpenGov.Web.Features.Follows;

/// <summary>
/// Double opt-in follows of a commitment. Every request gets the same outcome whether or not the
/// address already follows (no enumeration); only the mailbox owner learns which case it was.
/// </summary>
public sealed class FollowSubscriptions(AppDbContext db, FollowLinks links, TimeProvider clock, IStringLocalizer<SharedResource> t, ILogger<FollowSubscriptions> logger)
{
    public async Task SubscribeAsync(FollowTarget target, string email, CancellationToken cancellationToken)
    {
        var address = email.Trim().ToLowerInvariant();
        var now = clock.GetUtcNow().UtcDateTime;
        var follow = await db.Follows.SingleOrDefaultAsync(f => f.CommitmentId == target.Id && f.Email == address, cancellationToken);
        if (follow is { UnsubscribedAt: not null })
        {
            // Unsubscribing is final for that token; following again starts a new opt-in with a new token.
            db.Follows.Remove(follow);
            follow = null;
        }

        var alreadyActive = follow is { ConfirmedAt: not null };
        if (follow is null)
        {
            follow = new Follow { CommitmentId = target.Id, Email = address, Token = NewToken(), CreatedAt = now, Language = CultureInfo.CurrentUICulture.Name };
            db.Follows.Add(follow);
        }

        // At most one mail per follow and day, so the form cannot be used to flood someone's inbox.
        var key = $"follow:{follow.Token}:{now:yyyyMMdd}";
        if (!await db.OutboxMessages.AnyAsync(m => m.DeduplicationKey == key, cancellationToken))
        {
            var (subject, body) = alreadyActive ? AlreadyFollowing(target, follow.Token) : Confirmation(target, follow.Token);
            db.OutboxMessages.Add(new OutboxMessage
            {
                DeduplicationKey = key, To = address, Subject = subject, Body = body, FromName = await db.BrandOfCommitmentAsync(target.Id, cancellationToken), CreatedAt = now, NextAttemptAt = now,
            });
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex)
        {
            // Two requests for the same address at once: the other one mailed; the answer is the same.
            logger.LogWarning(ex, "Concurrent follow request for commitment {CommitmentId}", target.Id);
        }
    }

    /// <summary>The follow behind a mailed token, if it can still be confirmed or unsubscribed.</summary>
    public Task<Follow?> FindAsync(string? token, CancellationToken cancellationToken) =>
        token is null or { Length: 0 or > 64 }
            ? Task.FromResult<Follow?>(null)
            : db.Follows.SingleOrDefaultAsync(f => f.Token == token && f.UnsubscribedAt == null, cancellationToken);

    public async Task ConfirmAsync(Follow follow, CancellationToken cancellationToken)
    {
        follow.Confirm(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Follow {FollowId} of commitment {CommitmentId} confirmed", follow.Id, follow.CommitmentId);
    }

    public async Task UnsubscribeAsync(Follow follow, CancellationToken cancellationToken)
    {
        follow.Unsubscribe(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Follow {FollowId} of commitment {CommitmentId} unsubscribed", follow.Id, follow.CommitmentId);
    }

    private (string Subject, string Body) Confirmation(FollowTarget target, string token) => (
        t["Confirma que quieres seguir el compromiso {0}", target.Code],
        string.Join("\n\n",
            t["Pediste recibir por correo las novedades del compromiso {0} · {1}.", target.Code, target.Title],
            t["Para confirmarlo, abre este enlace y pulsa «Confirmar»:"],
            links.Confirm(token),
            t["Si no lo pediste, ignora este mensaje: no recibirás nada más."]));

    private (string Subject, string Body) AlreadyFollowing(FollowTarget target, string token) => (
        t["Ya sigues el compromiso {0}", target.Code],
        string.Join("\n\n",
            t["Alguien pidió que este correo siga el compromiso {0} · {1}, pero ya lo sigues: no hace falta hacer nada.", target.Code, target.Title],
            t["Para dejar de recibir estos avisos: {0}", links.Unsubscribe(token)]));

    // 256 random bits, URL-safe: unguessable, so the token alone proves the mailbox.
    private static string NewToken() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
}
