using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OpenGov.Web.Data;
using OpenGov.Web.Infrastructure.Email;
using OpenGov.Web.Tests.Account;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Follows;

[Collection(WebTestCollection.Name)]
public class OutboxDrainTests(OpenGovFactory factory)
{
    private sealed class SettableClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    /// <summary>Fails for one address (an unreachable mailbox) and hands every other message to the real sender.</summary>
    private sealed class FailingSender(string failFor, IEmailSender real) : IEmailSender
    {
        public int Calls { get; private set; }

        public Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
        {
            if (message.To != failFor)
            {
                return real.SendAsync(message, cancellationToken);
            }

            Calls++;
            throw new InvalidOperationException("SMTP 451: buzón no disponible");
        }
    }

    private async Task QueueAsync(string to, int count)
    {
        await factory.WithDbAsync(async db =>
        {
            var now = DateTime.UtcNow;
            for (var i = 0; i < count; i++)
            {
                db.OutboxMessages.Add(new OutboxMessage
                {
                    DeduplicationKey = $"test:{Guid.NewGuid():N}", To = to, Subject = $"Aviso {i}", Body = $"Cuerpo {i}",
                    CreatedAt = now, NextAttemptAt = now.AddSeconds(-1),
                });
            }

            await db.SaveChangesAsync();
        });
    }

    private async Task DrainAsync()
    {
        using var scope = factory.Services.CreateScope();
        var drainer = scope.ServiceProvider.GetRequiredService<OutboxDrainer>();
        while (await drainer.DrainOnceAsync(CancellationToken.None) > 0)
        {
        }
    }

    [Fact]
    public async Task DrainOnce_RunConcurrentlyAndTwice_SendsEachMessageExactlyOnce()
    {
        var to = FollowData.NewAddress();
        await QueueAsync(to, 12);

        await Task.WhenAll(DrainAsync(), DrainAsync(), DrainAsync());
        await DrainAsync();

        Assert.Equal(12, Mailbox.MessagesTo(factory, to).Count);
        var rows = await factory.WithDbAsync(db => db.OutboxMessages.Where(m => m.To == to).ToListAsync());
        Assert.All(rows, m =>
        {
            Assert.NotNull(m.SentAt);
            Assert.Equal(1, m.Attempts);
            Assert.Null(m.LastError);
        });
    }

    [Fact]
    public async Task DrainOnce_SenderFails_RetriesWithBackoffThenGivesUp()
    {
        var to = FollowData.NewAddress();
        await QueueAsync(to, 1);
        var clock = new SettableClock(DateTimeOffset.UtcNow);
        var options = Options.Create(new OutboxDrainOptions { MaxAttempts = 3, BaseDelaySeconds = 30 });
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var sender = new FailingSender(to, scope.ServiceProvider.GetRequiredService<IEmailSender>());
        var drainer = new OutboxDrainer(db, sender, clock, options, NullLogger<OutboxDrainer>.Instance);
        Task<OutboxMessage> RowAsync() => factory.WithDbAsync(d => d.OutboxMessages.SingleAsync(m => m.To == to));

        await drainer.DrainOnceAsync(CancellationToken.None);
        var first = await RowAsync();
        Assert.Null(first.SentAt);
        Assert.Equal(1, first.Attempts);
        Assert.Contains("SMTP 451", first.LastError);
        Assert.InRange(first.NextAttemptAt, clock.Now.UtcDateTime.AddSeconds(29), clock.Now.UtcDateTime.AddSeconds(31));

        // Not due yet: nothing is tried.
        await drainer.DrainOnceAsync(CancellationToken.None);
        Assert.Equal(1, sender.Calls);

        // Due again: second failure doubles the delay.
        clock.Now = clock.Now.AddSeconds(31);
        await drainer.DrainOnceAsync(CancellationToken.None);
        var second = await RowAsync();
        Assert.Equal(2, second.Attempts);
        Assert.InRange(second.NextAttemptAt, clock.Now.UtcDateTime.AddSeconds(59), clock.Now.UtcDateTime.AddSeconds(61));

        // Third failure reaches MaxAttempts: the message is left unsent with its error and never tried again.
        clock.Now = clock.Now.AddSeconds(61);
        await drainer.DrainOnceAsync(CancellationToken.None);
        clock.Now = clock.Now.AddHours(2);
        await drainer.DrainOnceAsync(CancellationToken.None);
        var last = await RowAsync();
        Assert.Equal(3, last.Attempts);
        Assert.Equal(3, sender.Calls);
        Assert.Null(last.SentAt);
        Assert.NotNull(last.LastError);
        Assert.Empty(Mailbox.MessagesTo(factory, to));
    }

    [Fact]
    public async Task DrainOnce_FailureThenSuccess_SendsOnceAndClearsError()
    {
        var to = FollowData.NewAddress();
        await QueueAsync(to, 1);
        var clock = new SettableClock(DateTimeOffset.UtcNow);
        var options = Options.Create(new OutboxDrainOptions());
        using (var scope = factory.Services.CreateScope())
        {
            var failing = new FailingSender(to, scope.ServiceProvider.GetRequiredService<IEmailSender>());
            await new OutboxDrainer(scope.ServiceProvider.GetRequiredService<AppDbContext>(), failing, clock, options, NullLogger<OutboxDrainer>.Instance)
                .DrainOnceAsync(CancellationToken.None);
        }

        clock.Now = clock.Now.AddMinutes(1);
        using (var scope = factory.Services.CreateScope())
        {
            await new OutboxDrainer(scope.ServiceProvider.GetRequiredService<AppDbContext>(), scope.ServiceProvider.GetRequiredService<IEmailSender>(),
                clock, options, NullLogger<OutboxDrainer>.Instance).DrainOnceAsync(CancellationToken.None);
        }

        var row = await factory.WithDbAsync(d => d.OutboxMessages.SingleAsync(m => m.To == to));
        Assert.NotNull(row.SentAt);
        Assert.Equal(2, row.Attempts);
        Assert.Null(row.LastError);
        Assert.Single(Mailbox.MessagesTo(factory, to));
    }
}
