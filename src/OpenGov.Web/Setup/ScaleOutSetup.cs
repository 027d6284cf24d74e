using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.OutputCaching.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenGov.Web.Data;
using OpenGov.Web.Features.Health;
using OpenGov.Web.Infrastructure.ScaleOut;

namespace OpenGov.Web.Setup;

public static class ScaleOutSetup
{
    /// <summary>The Data Protection application name: every instance must use the same one to read the others' cookies.</summary>
    public const string ApplicationName = "OpenGov";

    /// <summary>
    /// Several instances behind one proxy (ADR-042, ADR-043). The Data Protection keys (sign-in and
    /// TempData cookies, antiforgery tokens, confirmation and reset links) live in PostgreSQL, so any
    /// instance reads what another issued and a restart signs nobody out. With a Redis connection
    /// (<c>ConnectionStrings:Redis</c> or <c>Redis:Configuration</c>) the output cache is shared
    /// and the instances tell each other what they keep in memory is out of date; without one all
    /// of it stays in the process, which is right for one instance.
    /// </summary>
    public static WebApplicationBuilder AddOpenGovScaleOut(this WebApplicationBuilder builder)
    {
        builder.Services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<AppDbContext>();

        // A proxy on another host (a container of docker-compose) is trusted only when its network is
        // named: ForwardedHeaders:KnownNetworks, e.g. "10.90.0.0/24" (comma-separated). Loopback
        // proxies are trusted without it (SecuritySetup).
        var networks = builder.Configuration["ForwardedHeaders:KnownNetworks"];
        if (!string.IsNullOrWhiteSpace(networks))
        {
            builder.Services.Configure<ForwardedHeadersOptions>(options =>
            {
                foreach (var network in networks.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
                }
            });
        }

        var redis = RedisSettings.From(builder.Configuration);
        if (redis is null)
        {
            builder.Services.TryAddSingleton<IInstanceSignals, LocalOnlySignals>();
            return builder;
        }

        builder.Services.AddSingleton(redis);
        builder.Services.AddSingleton<RedisConnection>();
        builder.Services.AddSingleton<IInstanceSignals, RedisSignals>();
        builder.Services.AddHostedService<RedisSignalListener>();
        builder.Services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", tags: [HealthEndpoints.ReadyTag]);

        // Registered after CachingSetup's in-memory store, so it replaces it; the policies stay as they are.
        builder.Services.AddStackExchangeRedisOutputCache(options => options.InstanceName = redis.InstanceName);
        builder.Services.AddOptions<RedisOutputCacheOptions>()
            .Configure<RedisConnection>((options, connection) => options.ConnectionMultiplexerFactory = connection.GetAsync);
        return builder;
    }
}
