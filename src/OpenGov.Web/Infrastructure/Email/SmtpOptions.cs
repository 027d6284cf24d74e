using MailKit.Security;

namespace OpenGov.Web.Infrastructure.Email;

/// <summary>
/// The "Email:Smtp" section. The user name and password come from the environment or a secret store
/// (Email__Smtp__Password), never from a file in the repository.
/// </summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>StartTls (port 587, the default), SslOnConnect (port 465), or None (a relay on the same host only).</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTls;

    /// <summary>Leave empty for a relay that does not ask for authentication.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    public int TimeoutSeconds { get; set; } = 30;
}
