using Microsoft.EntityFrameworkCore;
using OpenGov.Web.Data;
using OpenGov.Web.Infrastructure.Email;

namespace OpenGov.Web.Features.Follows;

/// <summary>
/// Queues one e-mail per active follower of a commitment in the outbox, inside the caller's unit of
/// work, so the notice is stored only if the change it announces is. The deduplication key
/// (event + address) keeps a retried request from mailing anyone twice.
/// </summary>
public sealed class FollowerNotifications(AppDbContext db, TimeProvider clock)
{
    public async Task QueueAsync(int commitmentId, string eventKey, string subject, string body, CancellationToken cancellationToken)
    {
        var followers = await db.Follows.AsNoTracking()
            .Where(f => f.CommitmentId == commitmentId && f.ConfirmedAt != null && f.UnsubscribedAt == null)
            .Select(f => new { f.Email, f.Token })
            .ToListAsync(cancellationToken);
        var keys = followers.Select(f => $"{eventKey}:{f.Email}").ToList();
        var alreadyQueued = await db.OutboxMessages.AsNoTracking()
            .Where(m => keys.Contains(m.DeduplicationKey))
            .Select(m => m.DeduplicationKey)
            .ToListAsync(cancellationToken);

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var follower in followers.Where(f => !alreadyQueued.Contains($"{eventKey}:{f.Email}")))
        {
            db.OutboxMessages.Add(new OutboxMessage
            {
                DeduplicationKey = $"{eventKey}:{follower.Email}",
                To = follower.Email,
                Subject = subject,
                Body = $"{body}\n\nPara dejar de recibir estos avisos: /follows/unsubscribe/{follower.Token}",
                CreatedAt = now,
                NextAttemptAt = now,
            });
        }
    }
}
