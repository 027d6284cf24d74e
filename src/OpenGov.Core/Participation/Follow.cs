using OpenGov.Core.Common;

namespace OpenGov.Core.Participation;

/// <summary>
/// An e-mail subscription to a commitment's news. Double opt-in: nothing is sent until the address
/// confirms; one click on the token in any e-mail unsubscribes.
/// </summary>
public class Follow : Entity
{
    public int CommitmentId { get; init; }
    public required string Email { get; init; }
    public required string Token { get; init; }
    public DateTime CreatedAt { get; init; }

    /// <summary>The language the visitor followed in ("es-EC", "en", "qu-EC"): the notices are written in it. Null: Spanish.</summary>
    public string? Language { get; init; }
    public DateTime? ConfirmedAt { get; private set; }
    public DateTime? UnsubscribedAt { get; private set; }

    public bool IsActive => ConfirmedAt is not null && UnsubscribedAt is null;

    public void Confirm(DateTime nowUtc) => ConfirmedAt ??= nowUtc;

    public void Unsubscribe(DateTime nowUtc) => UnsubscribedAt ??= nowUtc;
}
