using Microsoft.Extensions.Options;

namespace OpenGov.Web.Infrastructure.Email;

/// <summary>Drains the outbox every few seconds (Outbox:IntervalSeconds); the work itself is in <see cref="OutboxDrainer"/>.</summary>
public sealed class OutboxDrainService(IServiceScopeFactory scopes, IOptions<OutboxDrainOptions> options, ILogger<OutboxDrainService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(Math.Max(1, options.Value.IntervalSeconds));
        using var timer = new PeriodicTimer(interval);
        try
        {
            do
            {
                try
                {
                    using var scope = scopes.CreateScope();
                    var sent = await scope.ServiceProvider.GetRequiredService<OutboxDrainer>().DrainOnceAsync(stoppingToken);
                    if (sent > 0)
                    {
                        logger.LogInformation("Sent {Count} outbox messages", sent);
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // A database outage must not stop the service: the next tick tries again.
                    logger.LogError(ex, "Outbox drain failed; trying again in {Interval}", interval);
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
