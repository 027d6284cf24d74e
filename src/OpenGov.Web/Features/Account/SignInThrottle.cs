using System.Threading.RateLimiting;

namespace OpenGov.Web.Features.Account;

/// <summary>
/// Limits sign-in attempts per account: the e-mail being tried, normalised as Identity normalises it,
/// whether or not such an account exists (so the answer says nothing about which addresses are
/// registered). The per-address allowance is the "sign-in" rate-limit policy, which runs before the
/// action; this one needs the posted e-mail, which only model binding has read (ADR-016).
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _perAccount;

    public SignInThrottle(int permitsPerMinute)
    {
        PermitsPerMinute = permitsPerMinute;
        _perAccount = PartitionedRateLimiter.Create<string, string>(account =>
            RateLimitPartition.GetFixedWindowLimiter(account, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permitsPerMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            }));
    }

    public int PermitsPerMinute { get; }

    /// <summary>
    /// Counts one attempt on the account; false when the account has used its allowance, with the
    /// seconds to wait before the next attempt.
    /// </summary>
    public bool TryAttempt(string email, out int retryAfterSeconds)
    {
        using var lease = _perAccount.AttemptAcquire(Normalize(email));
        retryAfterSeconds = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? (int)Math.Ceiling(retryAfter.TotalSeconds) : 60;
        return lease.IsAcquired;
    }

    public void Dispose() => _perAccount.Dispose();

    private static string Normalize(string email) => email.Trim().Normalize().ToUpperInvariant();
}
