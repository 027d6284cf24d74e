using Microsoft.Extensions.Options;

namespace OpenGov.Web.Features.Reminders;

/// <summary>
/// Runs the reminder schedule inside the app (no cron on a single machine): once at start, then every
/// Reminders:IntervalMinutes by the injected clock, which tests replace with a fake one. Each reminder is
/// sent once whatever the interval or the number of instances (<see cref="ReminderScheduler"/>).
/// </summary>
public sealed class ReminderService(IServiceScopeFactory scopes, TimeProvider clock, IOptions<ReminderOptions> options, ILogger<ReminderService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMinutes(Math.Max(1, options.Value.IntervalMinutes));
        using var timer = new PeriodicTimer(interval, clock);
        try
        {
            do
            {
                try
                {
                    using var scope = scopes.CreateScope();
                    await scope.ServiceProvider.GetRequiredService<ReminderScheduler>().RunOnceAsync(clock.GetUtcNow(), stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // A database outage must not stop the schedule: the next tick catches up.
                    logger.LogError(ex, "Reminder schedule failed; trying again in {Interval}", interval);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }
}
