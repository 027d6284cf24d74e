namespace OpenGov.Web.Infrastructure.Email;

/// <summary>The "Email" configuration section.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    /// <summary>
    /// How mail leaves the portal: <see cref="EmailDelivery.PickupFolder"/> or <see cref="EmailDelivery.Smtp"/>.
    /// Unset, Development and Testing write to the pickup folder and every other environment uses SMTP.
    /// </summary>
    public EmailDelivery? Delivery { get; set; }

    /// <summary>Folder the pickup sender writes .eml files to; relative paths are resolved against the repository root.</summary>
    public string PickupDirectory { get; set; } = ".data/mail";

    /// <summary>
    /// The sender's address (and a fallback display name). Each message replaces the display name with the
    /// brand of the jurisdiction it is about, so only the address matters here.
    /// </summary>
    public string From { get; set; } = "OpenGov <no-reply@opengov.invalid>";

    /// <summary>
    /// Public origin of the portal (https://portal.example, no path) used in links inside e-mails. Without it
    /// the request's host is used, which is only safe when AllowedHosts is restricted.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    public SmtpOptions Smtp { get; set; } = new();
}
