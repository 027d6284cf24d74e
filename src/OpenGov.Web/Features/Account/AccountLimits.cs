namespace OpenGov.Web.Features.Account;

/// <summary>Lengths of account fields that are not stored as such (passwords are hashed).</summary>
public static class AccountLimits
{
    /// <summary>Same as IdentityOptions.Password.RequiredLength (NIST 800-63B: at least 12, no composition rules).</summary>
    public const int PasswordMinLength = 12;

    /// <summary>Generous for passphrases, yet bounded so nobody makes the server hash megabytes.</summary>
    public const int PasswordMaxLength = 256;
}
