namespace OpenGov.Web.Infrastructure;

/// <summary>
/// The loop shared by the app's background jobs (outbox, reminders, search words): the job once at start,
/// then at every tick of <see cref="Interval"/> on the injected clock (tests pass a fake one), each run in its
/// own DI scope. A failure (a database outage) is logged and the next tick tries again; shutting down ends
/// the loop quietly.
/// </summary>
public abstract class PeriodicService(IServiceScopeFactory scopes, TimeProvider clock, ILogger logger) : BackgroundService
{
    protected TimeProvider Clock => clock;

    protected ILogger Logger => logger;

    /// <summary>Read once, when the loop starts.</summary>
    protected abstract TimeSpan Interval { get; }

    /// <summary>What the log calls the job when it fails.</summary>
    protected abstract string JobName { get; }

    protected abstract Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = Interval;
        using var timer = new PeriodicTimer(interval, clock);
        try
        {
            do
            {
                try
                {
                    using var scope = scopes.CreateScope();
                    await RunOnceAsync(scope.ServiceProvider, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "{Job} failed; trying again in {Interval}", JobName, interval);
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
