namespace OpenGov.Web.Infrastructure.Email;

/// <summary>Sends e-mail. A seam with two sides: the pickup folder (development, tests) and an SMTP relay later.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
