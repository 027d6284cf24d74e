using Microsoft.Extensions.Options;
using OpenGov.Web.Infrastructure;

namespace OpenGov.Web.Features.Reminders;

/// <summary>
/// Runs the reminder schedule inside the app (no cron on a single machine): once at start, then every
/// Reminders:IntervalMinutes by the injected clock, which tests replace with a fake one. Each reminder is
/// sent once whatever the interval or the number of instances (<see cref="ReminderScheduler"/>).
/// </summary>
public sealed class ReminderService(IServiceScopeFactory scopes, TimeProvider clock, IOptions<ReminderOptions> options, ILogger<ReminderService> logger)
    : PeriodicService(scopes, clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromMinutes(Math.Max(1, options.Value.IntervalMinutes));

    protected override string JobName => "Reminder schedule";

    protected override Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<ReminderScheduler>().RunOnceAsync(Clock.GetUtcNow(), cancellationToken);
}
