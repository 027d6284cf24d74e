using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenGov.Core.ActionPlans;
using OpenGov.Core.Commitments;
using OpenGov.Core.Common;
using OpenGov.Core.Reminders;
using OpenGov.Web.Data;
using OpenGov.Web.Features.ProgressUpdates;
using OpenGov.Web.Features.Verifications;
using OpenGov.Web.Identity;
using OpenGov.Web.Infrastructure.Email;
using OpenGov.Web.Resources;

namespace OpenGov.Web.Features.Reminders;

/// <summary>
/// One run of the reminder schedule for a given moment (ADR-041). Per recipient, in one transaction: the
/// reminders owed are claimed in <c>sent_reminders</c> with INSERT ... ON CONFLICT DO NOTHING, and only
/// the ones this run inserted go into one e-mail, queued in the outbox in the same transaction. A second
/// run, or a second app instance running at the same moment, finds the rows (waiting for the other
/// transaction to commit if it must) and sends nothing more.
/// </summary>
public sealed class ReminderScheduler(AppDbContext db, ReminderMessages messages, IOptions<ReminderOptions> options, ILogger<ReminderScheduler> logger)
{
    private const int ReportsListed = 20;

    /// <summary>Queues what is owed at <paramref name="now"/>; returns how many e-mails were queued.</summary>
    public async Task<int> RunOnceAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var moment = now.UtcDateTime;
        var today = DateOnly.FromDateTime(moment);
        var queued = await DueRemindersAsync(today, moment, cancellationToken);
        if (ReminderSchedule.WeekKey(today, options.Value.WeeklyDay) is { } week)
        {
            queued += await OfficialDigestsAsync(week, today, moment, cancellationToken);
            queued += await CommitteeDigestsAsync(week, moment, cancellationToken);
        }

        if (queued > 0)
        {
            logger.LogInformation("Queued {Count} reminder e-mails for {Day}", queued, today);
        }

        return queued;
    }

    private async Task<int> DueRemindersAsync(DateOnly today, DateTime now, CancellationToken cancellationToken)
    {
        var daysBefore = options.Value.Offsets;
        var latest = today.AddDays(ReminderSchedule.Horizon(daysBefore));
        var earliest = today.AddDays(-ReminderSchedule.OverdueCatchUpDays);
        // Open milestones with a real due date (assumed dates never make a milestone late, ADR-022) in plans still running.
        var rows = await (
                from m in db.Milestones.AsNoTracking()
                join c in db.Commitments on m.CommitmentId equals c.Id
                join p in db.ActionPlans on c.ActionPlanId equals p.Id
                let due = m.CurrentEnd ?? m.BaselineEnd
                where !m.DatesAssumed && m.Status != MilestoneStatus.Completed && m.Status != MilestoneStatus.Cancelled
                    && p.Status != PlanStatus.Closed && due != null && due >= earliest && due <= latest
                orderby due, c.Code, m.Order
                select new { m.Id, m.ResponsibleInstitutionId, p.JurisdictionId, p.Jurisdiction!.Slug, p.Number, c.Code, m.Order, m.Title, Due = due!.Value })
            .ToListAsync(cancellationToken);
        var owed = rows
            .Select(r => ReminderSchedule.ForMilestone(r.Id, r.Due, today, daysBefore) is { } reminder
                ? new DueMilestone(r.Id, r.ResponsibleInstitutionId, r.JurisdictionId, r.Slug, r.Number, r.Code, r.Order, r.Title, r.Due, reminder.Kind, reminder.Key)
                : null)
            .OfType<DueMilestone>()
            .ToList();
        if (owed.Count == 0)
        {
            return 0;
        }

        var queued = 0;
        foreach (var official in await RecipientsAsync(Roles.Official, cancellationToken))
        {
            var mine = owed.Where(m => official.InstitutionIds.Contains(m.InstitutionId)).ToList();
            if (mine.Count == 0)
            {
                continue;
            }

            queued += await SendOnceAsync(official, [.. mine.Select(m => new Claim(m.Kind, m.Key, m.MilestoneId))], mine[0].JurisdictionId, now,
                (to, claimed) => messages.DueDigest(to, [.. mine.Where(m => claimed.Contains(m.Key))], today), cancellationToken);
        }

        return queued;
    }

    private async Task<int> OfficialDigestsAsync(string week, DateOnly today, DateTime now, CancellationToken cancellationToken)
    {
        var queued = 0;
        foreach (var official in await RecipientsAsync(Roles.Official, cancellationToken))
        {
            if (official.InstitutionIds.Count == 0)
            {
                continue;
            }

            // The same rows and groups as the official's "Mis hitos" page.
            var page = await MyMilestonesQuery.LoadAsync(db, official.InstitutionIds, today, cancellationToken);
            var overdue = page.Groups.Single(g => g.Kind == MyMilestoneGroupKind.Overdue).Items;
            var questioned = page.Groups.Single(g => g.Kind == MyMilestoneGroupKind.NeedsAttention).Items;
            if (overdue.Count == 0 && questioned.Count == 0)
            {
                continue;
            }

            queued += await SendOnceAsync(official, [new Claim(ReminderKind.WeeklyOfficial, week, null)], official.HomeJurisdictionId, now,
                (to, _) => messages.WeeklyOfficial(to, overdue, questioned, today), cancellationToken);
        }

        return queued;
    }

    private async Task<int> CommitteeDigestsAsync(string week, DateTime now, CancellationToken cancellationToken)
    {
        var queued = 0;
        foreach (var member in await RecipientsAsync(Roles.SteeringCommittee, cancellationToken))
        {
            if (member.JurisdictionIds.Count == 0)
            {
                continue;
            }

            // The member's queue as /committee/verifications shows it: never their own institution's reports (ADR-020).
            var queue = db.ProgressUpdates.AsNoTracking()
                .InJurisdictions(db, member.JurisdictionIds)
                .ReportedBySameHand(db, member.UserId, member.InstitutionIds, sameHand: false)
                .Where(u => !u.Verifications.Any());
            var total = await queue.CountAsync(cancellationToken);
            if (total == 0)
            {
                continue;
            }

            var reports = await (
                    from u in queue
                    join m in db.Milestones on u.MilestoneId equals m.Id
                    orderby u.ReportedAt, u.Id
                    select new QueuedReport(u.Id, m.Commitment!.Code, m.Order, m.Title, u.Progress, u.ReportedAt))
                .Take(ReportsListed)
                .ToListAsync(cancellationToken);
            queued += await SendOnceAsync(member, [new Claim(ReminderKind.WeeklyCommittee, week, null)], member.HomeJurisdictionId, now,
                (to, _) => messages.WeeklyCommittee(to, reports, total), cancellationToken);
        }

        return queued;
    }

    /// <summary>
    /// Claims the reminders and, when this run claimed any, queues one e-mail about them, all in one
    /// transaction; returns 1 when an e-mail was queued.
    /// </summary>
    private async Task<int> SendOnceAsync(
        Recipient recipient, IReadOnlyList<Claim> claims, int jurisdictionId, DateTime now,
        Func<ReminderRecipient, IReadOnlySet<string>, ReminderMail> compose, CancellationToken cancellationToken)
    {
        var preference = await db.EnsureAsync(recipient.UserId, cancellationToken);
        if (!preference.WantsReminders)
        {
            return 0;
        }

        var brand = await db.BrandOfJurisdictionAsync(jurisdictionId == 0 ? null : jurisdictionId, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var kinds = claims.Select(c => c.Kind.ToString()).ToArray();
        var keys = claims.Select(c => c.Key).ToArray();
        var milestoneIds = claims.Select(c => c.MilestoneId).ToArray();
        // Rows go in key order, so two runs racing for the same reminders meet on the same first row and
        // one of them waits for the other instead of each taking half.
        var claimed = (await db.Database.SqlQuery<string>($"""
                INSERT INTO sent_reminders (user_id, kind, key, milestone_id, sent_at)
                SELECT {recipient.UserId}, c.kind, c.key, c.milestone_id, {now}
                FROM unnest({kinds}, {keys}, {milestoneIds}) AS c(kind, key, milestone_id)
                ORDER BY c.key, c.kind
                ON CONFLICT (user_id, kind, key) DO NOTHING
                RETURNING key AS "Value"
                """).ToListAsync(cancellationToken)).ToHashSet();
        if (claimed.Count == 0)
        {
            await transaction.CommitAsync(cancellationToken);
            return 0;
        }

        var to = new ReminderRecipient(recipient.UserId, recipient.Email, recipient.DisplayName, preference.Language, preference.Token);
        ReminderMail mail;
        using (CultureScope.Of(preference.Language))
        {
            mail = compose(to, claimed);
        }

        var kind = claims[0].Kind;
        db.OutboxMessages.Add(new OutboxMessage
        {
            DeduplicationKey = $"reminder:{kind}:{recipient.UserId}:{claimed.Order(StringComparer.Ordinal).First()}",
            To = recipient.Email,
            Subject = mail.Subject.Length > FieldLengths.Title ? $"{mail.Subject[..(FieldLengths.Title - 1)]}…" : mail.Subject,
            Body = mail.Body,
            FromName = brand,
            ListUnsubscribe = messages.UnsubscribeLink(preference.Token),
            CreatedAt = now,
            NextAttemptAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return 1;
    }

    /// <summary>Everyone in the role with an address who has not turned reminders off, with their institutions and jurisdictions.</summary>
    private async Task<List<Recipient>> RecipientsAsync(string role, CancellationToken cancellationToken)
    {
        var users = await db.Users.AsNoTracking()
            .Where(u => u.Email != null
                && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role))
                && !db.ReminderPreferences.Any(p => p.UserId == u.Id && p.OptedOutAt != null))
            .OrderBy(u => u.Id)
            .Select(u => new
            {
                u.Id,
                u.Email,
                u.DisplayName,
                Institutions = u.Institutions.Select(i => i.Id).ToList(),
                Jurisdictions = u.Jurisdictions.Select(j => j.Id).ToList(),
                InstitutionJurisdictions = u.Institutions.OrderBy(i => i.Id).Select(i => i.JurisdictionId).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return users.Select(u => new Recipient(u.Id, u.Email!, string.IsNullOrWhiteSpace(u.DisplayName) ? u.Email! : u.DisplayName,
            u.Institutions.ToHashSet(), u.Jurisdictions.ToHashSet(), u.InstitutionJurisdictions.Concat(u.Jurisdictions).FirstOrDefault())).ToList();
    }

    /// <param name="HomeJurisdictionId">Whose brand signs the digests: the jurisdiction of the first institution, else of the steering body; 0 for none.</param>
    private sealed record Recipient(string UserId, string Email, string DisplayName, IReadOnlySet<int> InstitutionIds, IReadOnlySet<int> JurisdictionIds, int HomeJurisdictionId);

    private sealed record Claim(ReminderKind Kind, string Key, int? MilestoneId);
}
