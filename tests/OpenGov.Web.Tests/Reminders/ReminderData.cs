using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenGov.Core.ActionPlans;
using OpenGov.Core.Commitments;
using OpenGov.Core.Jurisdictions;
using OpenGov.Web.Features.Reminders;
using OpenGov.Web.Identity;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Reminders;

public static class ReminderData
{
    /// <summary>Test accounts' ids start with this; their mail goes to @reminders.example.</summary>
    public const string UserPrefix = "rem-";

    public static string EmailOf(string userId) => $"{userId}@reminders.example";

    /// <summary>The opt-out page a reminder e-mail links to, for the account with that e-mail.</summary>
    public static Task<string> UnsubscribePathAsync(OpenGovFactory factory, string email) => factory.WithDbAsync(async db =>
    {
        var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        var preference = await db.EnsureAsync(userId, CancellationToken.None);
        return "/reminders/unsubscribe?token=" + Uri.EscapeDataString(preference.Token);
    });

    /// <summary>Creates the scenario; the milestone's plan runs 2030–2032, so the fake clock walks far from the demo data's dates.</summary>
    public static async Task<ReminderScenario> CreateAsync(OpenGovFactory factory, DateOnly due, int officials = 1, bool committeeReport = false)
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var slug = "r-" + suffix;
        var brand = "Conecta Recordatorio " + suffix[..4];
        var officialIds = Enumerable.Range(1, officials).Select(i => $"{UserPrefix}official{i}-{suffix}").ToList();
        var committeeId = committeeReport ? $"{UserPrefix}committee-{suffix}" : null;
        return await factory.WithDbAsync(async db =>
        {
            var jurisdiction = new Jurisdiction
            {
                Slug = slug, Name = "Provincia Recordatorio " + suffix[..4], BrandName = brand, Country = "Ecuador",
                Level = JurisdictionLevel.Provincial, SteeringBodyName = "Comité de Prueba",
            };
            var institution = new Institution { Jurisdiction = jurisdiction, Name = "Dirección de Obras " + suffix[..4] };
            var plan = new ActionPlan
            {
                Jurisdiction = jurisdiction, Title = "Plan de prueba de recordatorios", Number = 1,
                PeriodStart = new DateOnly(2030, 1, 1), PeriodEnd = new DateOnly(2032, 12, 31),
            };
            plan.AddLeadInstitution(institution);
            db.AddRange(jurisdiction, institution, plan);
            await db.SaveChangesAsync();

            var commitment = new Commitment { ActionPlanId = plan.Id, Code = "RT-01", Number = 1, Title = "Compromiso de prueba de recordatorios" };
            commitment.AddLeadInstitution(institution);
            var milestone = commitment.AddMilestone("Puente sobre el río Puyo terminado", institution.Id, due.AddDays(-120), due);
            db.Add(commitment);
            await db.SaveChangesAsync();
            if (committeeReport)
            {
                milestone.RecordProgress(20, MilestoneStatus.InProgress, "Cimientos listos.", due.AddDays(-30).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
                    authorInstitutionId: institution.Id, evidence: new Evidence([], [EvidenceLink.Create("https://example.org/cimientos")]));
                await db.SaveChangesAsync();
            }

            var roles = await db.Roles.AsNoTracking().ToDictionaryAsync(r => r.Name!, r => r.Id);
            foreach (var id in officialIds)
            {
                var user = NewUser(id, "Funcionaria " + id[^4..]);
                user.Institutions.Add(institution);
                db.Users.Add(user);
                db.UserRoles.Add(new IdentityUserRole<string> { UserId = id, RoleId = roles[Roles.Official] });
            }

            if (committeeId is not null)
            {
                var member = NewUser(committeeId, "Integrante " + committeeId[^4..]);
                member.Jurisdictions.Add(jurisdiction);
                db.Users.Add(member);
                db.UserRoles.Add(new IdentityUserRole<string> { UserId = committeeId, RoleId = roles[Roles.SteeringCommittee] });
            }

            await db.SaveChangesAsync();
            return new ReminderScenario(slug, brand, institution.Id, milestone.Id, due, officialIds, committeeId);
        });
    }

    private static AppUser NewUser(string id, string displayName)
    {
        var email = EmailOf(id);
        return new AppUser
        {
            Id = id, UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
            EmailConfirmed = true, DisplayName = displayName, SecurityStamp = Guid.NewGuid().ToString("N"),
        };
    }

    /// <summary>One run of the schedule at 08:00 UTC of the clock's day, in a scope (and so a DbContext) of its own.</summary>
    public static async Task<int> TickAsync(OpenGovFactory factory, TimeProvider clock, DayOfWeek weeklyDay)
    {
        using var scope = factory.Services.CreateScope();
        var scheduler = ActivatorUtilities.CreateInstance<ReminderScheduler>(scope.ServiceProvider, Options.Create(new ReminderOptions { WeeklyDay = weeklyDay }));
        return await scheduler.RunOnceAsync(clock.GetUtcNow(), CancellationToken.None);
    }

    public sealed record QueuedMail(string Subject, string Body, string? ListUnsubscribe, string? FromName);

    /// <summary>The reminder e-mails queued for one address, oldest first.</summary>
    public static Task<List<QueuedMail>> OutboxAsync(OpenGovFactory factory, string email) =>
        factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.To == email).OrderBy(m => m.Id)
            .Select(m => new QueuedMail(m.Subject, m.Body, m.ListUnsubscribe, m.FromName)).ToListAsync());

    /// <summary>
    /// The schedule mails every official and committee member of the shared database, demo accounts included:
    /// what it queued or recorded for anyone but this class's own accounts is removed again (ADR-007).
    /// </summary>
    public static Task ForgetOthersAsync(OpenGovFactory factory) =>
        factory.WithDbAsync(async db =>
        {
            var prefix = UserPrefix + "%";
            await db.Database.ExecuteSqlAsync($"""DELETE FROM outbox_messages WHERE deduplication_key LIKE 'reminder:%' AND "to" NOT LIKE '%@reminders.example'""");
            await db.Database.ExecuteSqlAsync($"DELETE FROM sent_reminders WHERE user_id NOT LIKE {prefix}");
            await db.Database.ExecuteSqlAsync($"DELETE FROM reminder_preferences WHERE user_id NOT LIKE {prefix}");
        });
}
