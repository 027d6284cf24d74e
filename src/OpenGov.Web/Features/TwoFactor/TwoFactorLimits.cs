namespace OpenGov.Web.Features.TwoFactor;

public static class TwoFactorLimits
{
    /// <summary>Six digits, perhaps typed with spaces or a hyphen.</summary>
    public const int CodeMaxLength = 12;

    /// <summary>Identity's recovery codes are "xxxxx-xxxxx"; a little room for spaces.</summary>
    public const int RecoveryCodeMaxLength = 20;

    public const int RecoveryCodeCount = 10;
}
