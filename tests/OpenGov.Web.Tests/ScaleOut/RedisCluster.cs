namespace OpenGov.Web.Tests.ScaleOut;

/// <summary>
/// Two app instances on one database and one Redis, as behind a load balancer: <see cref="A"/> creates
/// and seeds the database, <see cref="B"/> joins it from another path. Without Redis (OPENGOV_REDIS)
/// the fixture fails with a message saying how to get one; it never skips.
/// </summary>
public sealed class RedisCluster : IAsyncLifetime
{
    private readonly string _prefix = TestRedis.NewPrefix();

    public AppInstance A { get; private set; } = null!;

    public AppInstance B { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _ = TestRedis.Address;
        A = new AppInstance(_prefix);
        await A.InitializeAsync();
        B = A.Join();
        await B.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        if (B is not null)
        {
            await B.DisposeAsync();
        }

        if (A is not null)
        {
            await A.DisposeAsync();
        }
    }
}
