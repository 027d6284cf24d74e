using Microsoft.Extensions.Caching.Memory;
using OpenGov.Web.Infrastructure.ScaleOut;

namespace OpenGov.Web.Identity;

/// <summary>
/// Each account's current security stamp, kept in memory for a few seconds so a signed-in request does
/// not read it on every request (ADR-008, amended). Every change of a stamp through the app (sign-out,
/// password reset, an admin's action, deletion) forgets it before and after the save
/// (<see cref="SecurityStampEviction"/>), and a stamp read while a change was being saved is not kept:
/// on one instance a copied cookie stops working at once. Other instances are told through Redis when
/// the deployment has it (ADR-043); without it another instance may accept it for up to <see cref="Lifetime"/>.
/// </summary>
public sealed class SecurityStampCache(IMemoryCache memory, IInstanceSignals signals)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    private long _version;

    public async Task<string?> GetAsync(string userId, Func<Task<string?>> load)
    {
        if (memory.TryGetValue((nameof(SecurityStampCache), userId), out string? stamp))
        {
            return stamp;
        }

        var version = Interlocked.Read(ref _version);
        stamp = await load();
        if (stamp is not null && Interlocked.Read(ref _version) == version)
        {
            memory.Set((nameof(SecurityStampCache), userId), stamp, Lifetime);
        }

        return stamp;
    }

    public void Forget(string userId)
    {
        ForgetHere(userId);
        signals.SecurityStampChanged(userId);
    }

    /// <summary>Forgets the stamp on this instance only: another instance said it changed.</summary>
    public void ForgetHere(string userId)
    {
        Interlocked.Increment(ref _version);
        memory.Remove((nameof(SecurityStampCache), userId));
    }
}
