using Microsoft.AspNetCore.Hosting;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.ScaleOut;

/// <summary>
/// One app instance of a scale-out test: the first creates and seeds its database, the others join
/// it (same database, same mail folder). An instance that joins is installed at another path, as on
/// another machine: nothing but the database and Redis is shared with the first. With
/// <paramref name="redisPrefix"/> the instance uses the test Redis under that key prefix, so two test
/// clusters never read each other's pages.
/// </summary>
public sealed class AppInstance : OpenGovFactory
{
    private readonly string? _redisPrefix;
    private readonly string? _contentRoot;

    public AppInstance(string? redisPrefix = null) => _redisPrefix = redisPrefix;

    private AppInstance(AppInstance first, string? redisPrefix)
        : base(first)
    {
        _redisPrefix = redisPrefix;
        _contentRoot = InstalledElsewhere();
    }

    /// <summary>Another instance on the same database (and Redis, when the first one uses it).</summary>
    public AppInstance Join() => new(this, _redisPrefix);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (_contentRoot is not null)
        {
            builder.UseContentRoot(_contentRoot);
        }

        if (_redisPrefix is not null)
        {
            builder.UseSetting("ConnectionStrings:Redis", TestRedis.Address);
            builder.UseSetting("Redis:InstanceName", _redisPrefix);
        }
    }

    // A link to the web project under another path (in the checkout's .data): the app's files are
    // the same, its path is not, which without a shared application name gives it other keys.
    private static string InstalledElsewhere()
    {
        var solution = SolutionDirectory();
        var link = Path.Combine(solution, ".data", "instance-elsewhere");
        if (!Directory.Exists(link))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(link)!);
            try
            {
                Directory.CreateSymbolicLink(link, Path.Combine(solution, "src", "OpenGov.Web"));
            }
            catch (IOException) when (Directory.Exists(link))
            {
                // Another test made it at the same moment.
            }
        }

        return link;
    }

    private static string SolutionDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OpenGov.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("OpenGov.sln not found above the test binaries.");
    }
}

/// <summary>The Redis server of the scale-out tests, which test.sh starts (scripts/redis.sh) and names in OPENGOV_REDIS.</summary>
public static class TestRedis
{
    public static string Address => Environment.GetEnvironmentVariable("OPENGOV_REDIS") is { Length: > 0 } address
        ? address
        : throw new InvalidOperationException(
            "OPENGOV_REDIS is not set: the scale-out tests need a Redis server. Run them with ./test.sh, which starts a " +
            "private redis-server (installing the Debian package 'redis-server' when missing), or set OPENGOV_REDIS=host:port.");

    /// <summary>A key prefix of its own for one test cluster.</summary>
    public static string NewPrefix() => $"opengov-test-{Guid.NewGuid():N}:";
}
