namespace OpenGov.Web.Infrastructure.ScaleOut;

/// <summary>
/// Tells the other app instances that something each keeps in its own memory is out of date (ADR-043):
/// the public pages and facts after a committed write, an account's security stamp after it changed.
/// One instance alone needs nobody told (<see cref="LocalOnlySignals"/>); several share Redis and
/// hear each other through it (<see cref="RedisSignals"/>).
/// </summary>
public interface IInstanceSignals
{
    /// <summary>A write public pages may show is committed.</summary>
    Task PublicPagesChangedAsync();

    /// <summary>The security stamp of <paramref name="userId"/> changed (sign-out, password, role, deletion).</summary>
    void SecurityStampChanged(string userId);
}

/// <summary>One app instance: nobody else to tell.</summary>
public sealed class LocalOnlySignals : IInstanceSignals
{
    public Task PublicPagesChangedAsync() => Task.CompletedTask;

    public void SecurityStampChanged(string userId)
    {
    }
}
