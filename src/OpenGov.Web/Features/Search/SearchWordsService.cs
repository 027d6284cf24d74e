using Microsoft.Extensions.Options;
using OpenGov.Web.Data;

namespace OpenGov.Web.Features.Search;

/// <summary>
/// Rebuilds <see cref="SearchWords"/> once at start (the demo data and any import are in by then, or in the
/// next round) and then every SearchWords:IntervalMinutes by the injected clock.
/// </summary>
public sealed class SearchWordsService(IServiceScopeFactory scopes, TimeProvider clock, IOptions<SearchWordsOptions> options, ILogger<SearchWordsService> logger)
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
                    await SearchWords.RefreshAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // A database outage must not stop the refreshes: the list stays as it was until the next one.
                    logger.LogError(ex, "Refreshing the search words failed; trying again in {Interval}", interval);
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
