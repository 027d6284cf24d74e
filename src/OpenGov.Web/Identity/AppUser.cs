using Microsoft.AspNetCore.Identity;
using OpenGov.Core.Jurisdictions;

namespace OpenGov.Web.Identity;

/// <summary>
/// A portal account. Officials belong to one or more institutions, which scopes what they may report
/// on; steering-body members and monitors belong to one or more jurisdictions, which scopes what they
/// may verify, record and publish.
/// </summary>
public class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    public List<Institution> Institutions { get; } = [];

    public List<Jurisdiction> Jurisdictions { get; } = [];

    /// <summary>
    /// The last authenticator time step (30-second window since 1970) a code was accepted for: a code
    /// of that step or an earlier one is refused, so a code works once (ADR-044). Written only by
    /// <see cref="OneTimeAuthenticatorTokenProvider"/>, in one conditional UPDATE.
    /// </summary>
    public long? LastTotpStep { get; set; }
}
