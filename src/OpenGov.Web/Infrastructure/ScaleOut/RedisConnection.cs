using StackExchange.Redis;

namespace OpenGov.Web.Infrastructure.ScaleOut;

/// <summary>
/// The one connection to Redis this instance opens, for the shared output cache and the signals
/// between instances (ADR-043); it connects on first use and reconnects by itself.
/// </summary>
public sealed class RedisConnection(RedisSettings settings) : IAsyncDisposable
{
    private readonly Lazy<Task<IConnectionMultiplexer>> _connection = new(async () =>
    {
        var options = ConfigurationOptions.Parse(settings.Configuration);
        // Start even when Redis is down for a moment: commands fail until it is back.
        options.AbortOnConnectFail = false;
        return await ConnectionMultiplexer.ConnectAsync(options);
    });

    public RedisSettings Settings => settings;

    public Task<IConnectionMultiplexer> GetAsync() => _connection.Value;

    public async ValueTask DisposeAsync()
    {
        if (_connection.IsValueCreated)
        {
            await (await _connection.Value).DisposeAsync();
        }
    }
}

/// <summary>
/// Where Redis is (<c>ConnectionStrings:Redis</c> or <c>Redis:Configuration</c>, StackExchange.Redis syntax)
/// and the prefix of this deployment's keys and channel (<c>Redis:InstanceName</c>), so two deployments
/// may share a server.
/// </summary>
public sealed record RedisSettings(string Configuration, string InstanceName)
{
    public const string DefaultInstanceName = "opengov:";

    public static RedisSettings? From(IConfiguration configuration)
    {
        var address = configuration.GetConnectionString("Redis") ?? configuration["Redis:Configuration"];
        return string.IsNullOrWhiteSpace(address)
            ? null
            : new RedisSettings(address, configuration["Redis:InstanceName"] ?? DefaultInstanceName);
    }

    /// <summary>The channel every instance of this deployment publishes to and listens on.</summary>
    public RedisChannel Channel => RedisChannel.Literal(InstanceName + "signals");
}
