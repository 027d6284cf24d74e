using OpenGov.Web.Identity;
using OpenGov.Web.Infrastructure.Caching;
using StackExchange.Redis;

namespace OpenGov.Web.Infrastructure.ScaleOut;

/// <summary>
/// Signals through a Redis channel every instance of the deployment listens on (ADR-043). A message is
/// <c>pages</c> or <c>stamp:{userId}</c>; the sender hears its own message too, which costs nothing.
/// </summary>
public sealed class RedisSignals(RedisConnection redis, ILogger<RedisSignals> logger) : IInstanceSignals
{
    public const string PagesMessage = "pages";
    public const string StampPrefix = "stamp:";

    public async Task PublicPagesChangedAsync()
    {
        try
        {
            var connection = await redis.GetAsync();
            await connection.GetSubscriber().PublishAsync(redis.Settings.Channel, PagesMessage);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            logger.LogError(ex, "Could not tell the other instances that public pages changed; they may show the previous page until it expires");
        }
    }

    public void SecurityStampChanged(string userId)
    {
        // Fire and forget: the save that changed the stamp must not wait for, or fail with, Redis.
        _ = PublishStampAsync(userId);
    }

    private async Task PublishStampAsync(string userId)
    {
        try
        {
            var connection = await redis.GetAsync();
            await connection.GetSubscriber().PublishAsync(redis.Settings.Channel, StampPrefix + userId, CommandFlags.FireAndForget);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            logger.LogError(ex, "Could not tell the other instances that an account's security stamp changed; they notice within {Lifetime}", SecurityStampCache.Lifetime);
        }
    }
}

/// <summary>
/// Listens on the deployment's channel and forgets here what another instance said is out of date:
/// the public-page generation moves on (so facts kept in memory and renders in flight are dropped),
/// a security stamp is read again on the account's next request.
/// </summary>
public sealed class RedisSignalListener(RedisConnection redis, PublicPageCache pages, SecurityStampCache stamps, ILogger<RedisSignalListener> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var connection = await redis.GetAsync();
        await connection.GetSubscriber().SubscribeAsync(redis.Settings.Channel, (_, message) => Handle(message.ToString()));
        if (!connection.IsConnected)
        {
            logger.LogWarning("Redis is not reachable yet; this instance listens for other instances' changes once it is");
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        var connection = await redis.GetAsync();
        await connection.GetSubscriber().UnsubscribeAsync(redis.Settings.Channel);
    }

    private void Handle(string message)
    {
        if (message == RedisSignals.PagesMessage)
        {
            pages.NoteChangedElsewhere();
        }
        else if (message.StartsWith(RedisSignals.StampPrefix, StringComparison.Ordinal))
        {
            stamps.ForgetHere(message[RedisSignals.StampPrefix.Length..]);
        }
    }
}
