using System.Net;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OpenGov.Core.Reminders;
using OpenGov.Web.Features.Reminders;
using OpenGov.Web.Identity;
using OpenGov.Web.Tests.Infrastructure;
using OpenGov.Web.Tests.Infrastructure.Email;

namespace OpenGov.Web.Tests.Reminders;

/// <summary>
/// The reminder schedule under a fake clock: what an official and a committee member find in their mail
/// as a milestone approaches and passes its due date, exactly once however often (and on however many
/// instances) the schedule runs; the opt-out link and the account page; each recipient's language.
/// </summary>
[Collection(WebTestCollection.Name)]
public sealed class ReminderScheduleTests(OpenGovFactory factory) : IAsyncLifetime
{
    /// <summary>A Wednesday: none of the walk's days (−15, −14, −3, 0, +1) is five days after it, the weekly digest day below.</summary>
    private static readonly DateOnly Due = new(2031, 3, 12);

    private static readonly DayOfWeek WeeklyDay = Due.AddDays(5).DayOfWeek;

    private static FakeTimeProvider ClockAt(DateOnly day) => new(new DateTimeOffset(day.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero));

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => ReminderData.ForgetOthersAsync(factory);

    private Task<int> TickAsync(TimeProvider clock) => ReminderData.TickAsync(factory, clock, WeeklyDay);

    [Fact]
    public async Task Schedule_WalkThroughAMilestonesLife_MailsEachReminderExactlyOnce()
    {
        var scenario = await ReminderData.CreateAsync(factory, Due, committeeReport: true);
        var clock = ClockAt(Due.AddDays(-15));

        await TickAsync(clock);
        Assert.Empty(await ReminderData.OutboxAsync(factory, scenario.OfficialEmail));

        clock.Advance(TimeSpan.FromDays(1));
        await TickAsync(clock);
        await TickAsync(clock);
        var afterFourteen = await ReminderData.OutboxAsync(factory, scenario.OfficialEmail);
        var fourteen = Assert.Single(afterFourteen);
        Assert.Equal("Recordatorio: el hito RT-01.1 vence el 12 de marzo de 2031", fourteen.Subject);
        Assert.Contains("RT-01.1 · Puente sobre el río Puyo terminado: vence en 14 días, el 12 de marzo de 2031.", fourteen.Body);
        Assert.Contains($"/{scenario.Slug}/plans/1/commitments/rt-01/milestones/1", fourteen.Body);
        Assert.Contains("/my/milestones", fourteen.Body);
        Assert.Equal(scenario.BrandName, fourteen.FromName);

        clock.Advance(TimeSpan.FromDays(11));
        await TickAsync(clock);
        var three = (await ReminderData.OutboxAsync(factory, scenario.OfficialEmail))[1..];
        Assert.Contains("vence en 3 días, el 12 de marzo de 2031.", Assert.Single(three).Body);

        // On the due day the three-day reminder has been sent: nothing new.
        clock.Advance(TimeSpan.FromDays(3));
        await TickAsync(clock);
        Assert.Equal(2, (await ReminderData.OutboxAsync(factory, scenario.OfficialEmail)).Count);

        clock.Advance(TimeSpan.FromDays(1));
        await TickAsync(clock);
        await TickAsync(clock);
        var overdue = Assert.Single((await ReminderData.OutboxAsync(factory, scenario.OfficialEmail))[2..]);
        Assert.Equal("Recordatorio: el hito RT-01.1 venció el 12 de marzo de 2031", overdue.Subject);
        Assert.Contains("venció ayer, 12 de marzo de 2031, y no está terminado.", overdue.Body);
        Assert.Empty(await ReminderData.OutboxAsync(factory, scenario.CommitteeEmail));

        // The weekly digest day: the official's overdue milestone, the member's queue; each once.
        clock.Advance(TimeSpan.FromDays(4));
        await TickAsync(clock);
        await TickAsync(clock);
        var official = await ReminderData.OutboxAsync(factory, scenario.OfficialEmail);
        Assert.Equal(4, official.Count);
        Assert.Equal("Resumen semanal de sus hitos", official[3].Subject);
        Assert.Contains("Vencidos (1):", official[3].Body);
        Assert.Contains("RT-01.1 · Puente sobre el río Puyo terminado: venció el 12 de marzo de 2031; avance reportado 20 %.", official[3].Body);
        var committee = Assert.Single(await ReminderData.OutboxAsync(factory, scenario.CommitteeEmail));
        Assert.Equal("Resumen semanal: un reporte espera su verificación", committee.Subject);
        Assert.Contains("RT-01.1 · Puente sobre el río Puyo terminado: 20 % reportado el 10 de febrero de 2031.", committee.Body);
        Assert.Contains("/committee/verifications/", committee.Body);

        var rows = await factory.WithDbAsync(db => db.SentReminders.AsNoTracking()
            .Where(r => r.UserId == scenario.OfficialId || r.UserId == scenario.CommitteeMemberId).Select(r => r.Kind).ToListAsync());
        Assert.Equal(
            [ReminderKind.DueSoon, ReminderKind.DueSoon, ReminderKind.Overdue, ReminderKind.WeeklyOfficial, ReminderKind.WeeklyCommittee],
            rows.Order());
    }

    [Fact]
    public async Task Schedule_TwoInstancesRunTheSameTick_EachReminderIsMailedOnce()
    {
        var scenario = await ReminderData.CreateAsync(factory, Due, officials: 2, committeeReport: true);
        // The first day overdue is also the weekly digest day here: three kinds of reminder at once.
        var clock = ClockAt(Due.AddDays(1));

        for (var round = 0; round < 2; round++)
        {
            await Task.WhenAll(
                ReminderData.TickAsync(factory, clock, Due.AddDays(1).DayOfWeek),
                ReminderData.TickAsync(factory, clock, Due.AddDays(1).DayOfWeek),
                ReminderData.TickAsync(factory, clock, Due.AddDays(1).DayOfWeek));
        }

        foreach (var id in scenario.OfficialIds)
        {
            var mails = await ReminderData.OutboxAsync(factory, ReminderData.EmailOf(id));
            Assert.Equal(2, mails.Count);
            Assert.Single(mails, m => m.Subject == "Recordatorio: el hito RT-01.1 venció el 12 de marzo de 2031");
            Assert.Single(mails, m => m.Subject == "Resumen semanal de sus hitos");
        }

        Assert.Single(await ReminderData.OutboxAsync(factory, scenario.CommitteeEmail));
    }

    [Fact]
    public async Task ReminderService_HostedWithAFakeClock_RunsAtStartAndAgainWhenTheClockMoves()
    {
        var scenario = await ReminderData.CreateAsync(factory, Due);
        var clock = ClockAt(Due.AddDays(-14));
        var service = new ReminderService(factory.Services.GetRequiredService<IServiceScopeFactory>(), clock,
            Options.Create(new ReminderOptions { IntervalMinutes = 60 }), NullLogger<ReminderService>.Instance);

        await service.StartAsync(CancellationToken.None);
        try
        {
            await WaitForMailsAsync(scenario.OfficialEmail, 1);
            clock.Advance(TimeSpan.FromDays(11));
            var mails = await WaitForMailsAsync(scenario.OfficialEmail, 2);
            Assert.Contains("vence en 3 días", mails[1].Body);
        }
        finally
        {
            await service.StopAsync(CancellationToken.None);
        }
    }

    private async Task<List<ReminderData.QueuedMail>> WaitForMailsAsync(string email, int count)
    {
        for (var i = 0; i < 100; i++)
        {
            var mails = await ReminderData.OutboxAsync(factory, email);
            if (mails.Count >= count)
            {
                Assert.Equal(count, mails.Count);
                return mails;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"Fewer than {count} reminders reached the outbox for {email}.");
        return [];
    }

    [Fact]
    public async Task Unsubscribe_LinkInTheReminderWithoutSigningIn_TurnsRemindersOffAndNoneFollow()
    {
        var scenario = await ReminderData.CreateAsync(factory, Due);
        var clock = ClockAt(Due.AddDays(-14));
        await TickAsync(clock);
        var mail = Assert.Single(await ReminderData.OutboxAsync(factory, scenario.OfficialEmail));
        var token = (await PreferenceAsync(scenario.OfficialId)).Token;
        var link = new Uri(mail.Body.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).First(w => w.Contains("/reminders/unsubscribe?")));
        Assert.Equal(token, QueryHelpers.ParseQuery(link.Query)["token"].ToString());
        Assert.Equal(link.ToString(), mail.ListUnsubscribe);

        var anonymous = factory.CreateAnonymousClient();
        var page = await anonymous.GetAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Dejar de recibir recordatorios", await page.Content.ReadAsStringAsync());
        var form = await PageForm.ReadAsync(anonymous, link.PathAndQuery, "/reminders/unsubscribe");
        var response = await form.PostAsync(anonymous);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.NotNull((await PreferenceAsync(scenario.OfficialId)).OptedOutAt);
        var after = WebUtility.HtmlDecode(await anonymous.GetStringAsync(response.Headers.Location!.OriginalString));
        Assert.Contains("Listo: ya no recibirá recordatorios por correo.", after);
        Assert.Contains("Los recordatorios por correo están desactivados.", after);

        clock.Advance(TimeSpan.FromDays(11));
        await TickAsync(clock);
        Assert.Single(await ReminderData.OutboxAsync(factory, scenario.OfficialEmail));
    }

    [Fact]
    public async Task Unsubscribe_OneClickPostFromTheMailClient_TurnsRemindersOffWithoutAntiforgery()
    {
        var scenario = await ReminderData.CreateAsync(factory, Due);
        await TickAsync(ClockAt(Due.AddDays(-3)));
        var mail = Assert.Single(await ReminderData.OutboxAsync(factory, scenario.OfficialEmail));

        var response = await factory.CreateAnonymousClient().PostAsync(new Uri(mail.ListUnsubscribe!).PathAndQuery,
            new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await PreferenceAsync(scenario.OfficialId)).OptedOutAt);
    }

    [Fact]
    public async Task Unsubscribe_BadOrAlteredToken_ShowsAClearPageAndChangesNothing()
    {
        var scenario = await ReminderData.CreateAsync(factory, Due);
        await TickAsync(ClockAt(Due.AddDays(-14)));
        var token = (await PreferenceAsync(scenario.OfficialId)).Token;
        var altered = token.Any(char.IsLower) ? token.ToUpperInvariant() : token.ToLowerInvariant();
        var anonymous = factory.CreateAnonymousClient();

        foreach (var bad in new[] { "/reminders/unsubscribe", "/reminders/unsubscribe?token=no-such-token", $"/reminders/unsubscribe?token={altered}" })
        {
            var html = WebUtility.HtmlDecode(await anonymous.GetStringAsync(bad));
            Assert.Contains("El enlace no es válido", html);
            Assert.Contains("El enlace para dejar de recibir recordatorios está incompleto o ya no sirve.", html);
        }

        var oneClick = await anonymous.PostAsync($"/reminders/unsubscribe?token={altered}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));
        Assert.Contains("El enlace no es válido", WebUtility.HtmlDecode(await oneClick.Content.ReadAsStringAsync()));
        Assert.Null((await PreferenceAsync(scenario.OfficialId)).OptedOutAt);
    }

    [Fact]
    public async Task AccountPage_TurnRemindersOffThenOnInEnglish_IsHonouredByTheSchedule()
    {
        var scenario = await ReminderData.CreateAsync(factory, Due);
        var client = factory.CreateClientAs(new TestUser(scenario.OfficialId, [Roles.Official], [scenario.InstitutionId]));
        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/account"));
        Assert.Contains("Recordatorios por correo", page);
        Assert.Contains("Recibir recordatorios por correo", page);

        var off = await (await PageForm.ReadAsync(client, "/account", "/account/reminders")).PostAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.Contains("Recordatorios desactivados", WebUtility.HtmlDecode(await client.GetStringAsync("/account")));
        var clock = ClockAt(Due.AddDays(-14));
        await TickAsync(clock);
        Assert.Empty(await ReminderData.OutboxAsync(factory, scenario.OfficialEmail));

        var on = await (await PageForm.ReadAsync(client, "/account", "/account/reminders"))
            .PostAsync(client, new Dictionary<string, string> { ["Enabled"] = "true", ["Language"] = "en" });
        Assert.Equal(HttpStatusCode.Redirect, on.StatusCode);
        clock.Advance(TimeSpan.FromDays(11));
        await TickAsync(clock);

        var mail = Assert.Single(await ReminderData.OutboxAsync(factory, scenario.OfficialEmail));
        Assert.Equal("Reminder: milestone RT-01.1 is due on 12 March 2031", mail.Subject);
        Assert.Contains("RT-01.1 · Puente sobre el río Puyo terminado: due in 3 days, on 12 March 2031.", mail.Body);
        Assert.Contains("To stop receiving these reminders: ", mail.Body);
    }

    [Fact]
    public async Task AccountPage_Citizen_HasNoReminderBlock()
    {
        var client = factory.CreateClientAs(TestUser.InRole(Roles.Citizen));
        Assert.DoesNotContain("Recordatorios por correo", WebUtility.HtmlDecode(await client.GetStringAsync("/account")));
    }

    [Fact]
    public async Task Schedule_SpanishAndEnglishRecipients_EachGetsTheirLanguageInTheDeliveredMail()
    {
        var scenario = await ReminderData.CreateAsync(factory, Due, officials: 2);
        var english = scenario.OfficialIds[1];
        await factory.WithDbAsync(async db =>
        {
            (await db.EnsureAsync(english, CancellationToken.None)).WriteIn("en");
            return await db.SaveChangesAsync();
        });

        await TickAsync(ClockAt(Due.AddDays(-14)));
        // Queued for the fake clock's day: due for sending now.
        await factory.WithDbAsync(db => db.OutboxMessages.Where(m => m.To.EndsWith("@reminders.example") && m.SentAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAt, DateTime.UtcNow.AddMinutes(-1))));
        await PickupMail.DrainAsync(factory);

        var spanish = Assert.Single(PickupMail.To(factory, scenario.OfficialEmail));
        Assert.Equal("Recordatorio: el hito RT-01.1 vence el 12 de marzo de 2031", spanish.Subject);
        Assert.Contains("Para dejar de recibir estos recordatorios:", spanish.TextBody);
        Assert.Equal(scenario.BrandName, spanish.From.Mailboxes.Single().Name);
        Assert.Equal("List-Unsubscribe=One-Click", spanish.Headers["List-Unsubscribe-Post"]);
        var inEnglish = Assert.Single(PickupMail.To(factory, ReminderData.EmailOf(english)));
        Assert.Equal("Reminder: milestone RT-01.1 is due on 12 March 2031", inEnglish.Subject);
        Assert.Contains("These milestones of your institution need your attention:", inEnglish.TextBody);
        Assert.Contains("/reminders/unsubscribe?token=", inEnglish.Headers["List-Unsubscribe"]);
    }

    private Task<ReminderPreference> PreferenceAsync(string userId) =>
        factory.WithDbAsync(db => db.ReminderPreferences.AsNoTracking().SingleAsync(p => p.UserId == userId));
}
