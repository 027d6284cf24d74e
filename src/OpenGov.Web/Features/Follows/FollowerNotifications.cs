using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenGov.Core.Common;
using OpenGov.Web.Data;
using OpenGov.Web.Infrastructure.Email;
using OpenGov.Web.Resources;

namespace OpenGov.Web.Features.Follows;

/// <summary>
/// Queues one e-mail per active follower of a commitment in the outbox, inside the caller's unit of
/// work, so the notice is stored only if the change it announces is. The deduplication key
/// (event + follow) keeps a retried request from mailing anyone twice. Each message is signed with the
/// jurisdiction's brand and carries a one-click unsubscribe header (RFC 8058).
/// </summary>
public sealed class FollowerNotifications(AppDbContext db, FollowLinks links, TimeProvider clock, IStringLocalizer<SharedResource> t)
{
    /// <summary>Queues the notice <paramref name="write"/> composes, once per follower, in the language each one followed in.</summary>
    public async Task QueueAsync(int commitmentId, string eventKey, Func<IStringLocalizer, FollowerNotice> write, CancellationToken cancellationToken)
    {
        var followers = await db.Follows.AsNoTracking()
            .Where(f => f.CommitmentId == commitmentId && f.ConfirmedAt != null && f.UnsubscribedAt == null)
            .Select(f => new { f.Id, f.Email, f.Token, f.Language })
            .ToListAsync(cancellationToken);
        // The follow's id rather than its address: addresses can be long and do not belong in a key.
        var keys = followers.Select(f => KeyOf(eventKey, f.Id)).ToList();
        var alreadyQueued = await db.OutboxMessages.AsNoTracking()
            .Where(m => keys.Contains(m.DeduplicationKey))
            .Select(m => m.DeduplicationKey)
            .ToListAsync(cancellationToken);

        var brand = await db.BrandOfCommitmentAsync(commitmentId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var follower in followers.Where(f => !alreadyQueued.Contains(KeyOf(eventKey, f.Id))))
        {
            using var language = CultureScope.Of(follower.Language);
            var (subject, body) = write(t);
            var title = subject.Length > FieldLengths.Title ? $"{subject[..(FieldLengths.Title - 1)]}…" : subject;
            db.OutboxMessages.Add(new OutboxMessage
            {
                DeduplicationKey = KeyOf(eventKey, follower.Id),
                To = follower.Email,
                Subject = title,
                Body = $"{body}\n\n{t["Para dejar de recibir estos avisos: {0}", links.Unsubscribe(follower.Token)]}",
                FromName = brand,
                ListUnsubscribe = links.Unsubscribe(follower.Token),
                CreatedAt = now,
                NextAttemptAt = now,
            });
        }
    }

    /// <summary>The absolute link to a progress update on its milestone page, for the e-mails about it.</summary>
    public async Task<string> UpdateLinkAsync(int updateId, CancellationToken cancellationToken)
    {
        var u = await (
                from update in db.ProgressUpdates.AsNoTracking()
                join m in db.Milestones on update.MilestoneId equals m.Id
                join c in db.Commitments on m.CommitmentId equals c.Id
                join p in db.ActionPlans on c.ActionPlanId equals p.Id
                where update.Id == updateId
                select new { p.Jurisdiction!.Slug, p.Number, c.Code, m.Order })
            .SingleAsync(cancellationToken);
        return links.Update(u.Slug, u.Number, u.Code, u.Order, updateId);
    }

    private static string KeyOf(string eventKey, int followId) => $"{eventKey}:follow:{followId}";
}
