using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenGov.Web.Data;

namespace OpenGov.Web.Infrastructure.Email;

/// <summary>
/// Sends due outbox messages, one per transaction: the row is claimed with FOR UPDATE SKIP LOCKED,
/// sent, and marked sent (or failed, with backoff) before the transaction that claimed it commits.
/// Concurrent drains (two app instances, or the timer and a test) therefore never send the same
/// message twice; the only duplicate left is a crash between sending and committing.
/// </summary>
public sealed class OutboxDrainer(AppDbContext db, IEmailSender sender, TimeProvider clock, IOptions<OutboxDrainOptions> options, ILogger<OutboxDrainer> logger)
{
    private const int MaxErrorLength = 2000;

    /// <summary>Drains what is due now; returns how many messages were sent.</summary>
    public async Task<int> DrainOnceAsync(CancellationToken cancellationToken)
    {
        var sent = 0;
        for (var i = 0; i < options.Value.BatchSize; i++)
        {
            var outcome = await DrainOneAsync(cancellationToken);
            if (outcome is null)
            {
                break;
            }

            sent += outcome.Value ? 1 : 0;
        }

        return sent;
    }

    /// <summary>True when a message was sent, false when one failed, null when none was due.</summary>
    private async Task<bool?> DrainOneAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var maxAttempts = options.Value.MaxAttempts;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await db.OutboxMessages
            .FromSql($"""
                SELECT * FROM outbox_messages
                WHERE sent_at IS NULL AND next_attempt_at <= {now} AND attempts < {maxAttempts}
                ORDER BY next_attempt_at, id
                LIMIT 1
                FOR UPDATE SKIP LOCKED
                """)
            .ToListAsync(cancellationToken);
        var message = claimed.SingleOrDefault();
        if (message is null)
        {
            await transaction.CommitAsync(cancellationToken);
            return null;
        }

        bool ok;
        message.Attempts++;
        try
        {
            await sender.SendAsync(new EmailMessage(message.To, message.Subject, message.Body, message.FromName, message.ListUnsubscribe), cancellationToken);
            message.SentAt = clock.GetUtcNow().UtcDateTime;
            message.LastError = null;
            ok = true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            message.LastError = ex.Message.Length > MaxErrorLength ? ex.Message[..MaxErrorLength] : ex.Message;
            message.NextAttemptAt = now + options.Value.Backoff(message.Attempts);
            ok = false;
            if (message.Attempts >= maxAttempts)
            {
                logger.LogError(ex, "Gave up on outbox message {MessageId} after {Attempts} attempts", message.Id, message.Attempts);
            }
            else
            {
                logger.LogWarning(ex, "Outbox message {MessageId} failed (attempt {Attempts}); next try at {NextAttemptAt}",
                    message.Id, message.Attempts, message.NextAttemptAt);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return ok;
    }
}
