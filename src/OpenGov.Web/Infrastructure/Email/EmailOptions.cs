namespace OpenGov.Web.Infrastructure.Email;

/// <summary>The "Email" configuration section.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    /// <summary>Folder the pickup sender writes .eml files to; relative paths are resolved against the repository root.</summary>
    public string PickupDirectory { get; set; } = ".data/mail";

    public string From { get; set; } = "OpenGov <no-reply@opengov.invalid>";

    /// <summary>
    /// Public origin of the portal (https://portal.example, no path) used in links inside e-mails. Without it
    /// the request's host is used, which is only safe when AllowedHosts is restricted.
    /// </summary>
    public string? PublicBaseUrl { get; set; }
}
