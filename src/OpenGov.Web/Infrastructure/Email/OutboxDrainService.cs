using Microsoft.Extensions.Options;

namespace OpenGov.Web.Infrastructure.Email;

/// <summary>Drains the outbox every few seconds (Outbox:IntervalSeconds); the work itself is in <see cref="OutboxDrainer"/>.</summary>
public sealed class OutboxDrainService(IServiceScopeFactory scopes, TimeProvider clock, IOptions<OutboxDrainOptions> options, ILogger<OutboxDrainService> logger)
    : PeriodicService(scopes, clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromSeconds(Math.Max(1, options.Value.IntervalSeconds));

    protected override string JobName => "Outbox drain";

    protected override async Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var sent = await services.GetRequiredService<OutboxDrainer>().DrainOnceAsync(cancellationToken);
        if (sent > 0)
        {
            Logger.LogInformation("Sent {Count} outbox messages", sent);
        }
    }
}
