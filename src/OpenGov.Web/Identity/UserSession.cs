namespace OpenGov.Web.Identity;

/// <summary>
/// One signed-in browser of an account: created when the sign-in cookie is issued, named in the cookie
/// (<see cref="OpenGovClaims.Session"/>), listed on the account page and ended by signing out
/// (ADR-044). It records the security stamp it was issued under: when the stamp changes every older
/// cookie is refused, so a row with another stamp is a session that has already ended.
/// </summary>
public sealed class UserSession
{
    public const int UserAgentMaxLength = 512;

    private UserSession()
    {
    }

    public UserSession(string userId, string securityStamp, string? userAgent, DateTime now)
    {
        Id = Guid.NewGuid();
        UserId = userId;
        SecurityStamp = securityStamp;
        UserAgent = Truncate(userAgent);
        SignedInAt = now;
        LastSeenAt = now;
    }

    public Guid Id { get; private set; }

    public string UserId { get; private set; } = "";

    public string SecurityStamp { get; private set; } = "";

    /// <summary>The browser's User-Agent header as it signed in, cut to a sane length; shown as "Firefox en Windows".</summary>
    public string? UserAgent { get; private set; }

    public DateTime SignedInAt { get; private set; }

    /// <summary>Approximate: moved forward when the cookie's claims are refreshed (every few minutes of use), not on every request.</summary>
    public DateTime LastSeenAt { get; private set; }

    /// <summary>The same session carried on under a new stamp (the account itself renewed it, e.g. after enrolling a second factor).</summary>
    public void Renew(string securityStamp, DateTime now)
    {
        SecurityStamp = securityStamp;
        Touch(now);
    }

    public void Touch(DateTime now)
    {
        if (now > LastSeenAt)
        {
            LastSeenAt = now;
        }
    }

    private static string? Truncate(string? userAgent) =>
        string.IsNullOrWhiteSpace(userAgent) ? null : userAgent.Length <= UserAgentMaxLength ? userAgent : userAgent[..UserAgentMaxLength];
}
