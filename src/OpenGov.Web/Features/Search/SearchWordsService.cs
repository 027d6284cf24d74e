using Microsoft.Extensions.Options;
using OpenGov.Web.Data;
using OpenGov.Web.Infrastructure;

namespace OpenGov.Web.Features.Search;

/// <summary>
/// Rebuilds <see cref="SearchWords"/> once at start (the demo data and any import are in by then, or in the
/// next round) and then every SearchWords:IntervalMinutes by the injected clock.
/// </summary>
public sealed class SearchWordsService(IServiceScopeFactory scopes, TimeProvider clock, IOptions<SearchWordsOptions> options, ILogger<SearchWordsService> logger)
    : PeriodicService(scopes, clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromMinutes(Math.Max(1, options.Value.IntervalMinutes));

    protected override string JobName => "Refreshing the search words";

    protected override Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        SearchWords.RefreshAsync(services.GetRequiredService<AppDbContext>(), cancellationToken);
}
