using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace OpenGov.Web.Features.Health;

/// <summary>
/// /healthz: the process is alive (no database, so an outage does not get the app restarted).
/// /readyz: the database is reachable (200, or 503 so a load balancer stops sending traffic).
/// </summary>
public static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    public static IServiceCollection AddOpenGovHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapOpenGovHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous().DisableRateLimiting();
        endpoints.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) }).AllowAnonymous().DisableRateLimiting();
        return endpoints;
    }
}
