using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;

namespace OpenGov.Web.Infrastructure.Email;

/// <summary>
/// Sends through an SMTP relay (MailKit), one connection per message: the outbox drains a few messages a
/// minute, and a failure then touches only the message it belongs to (the drainer retries it with backoff).
/// </summary>
public sealed class SmtpEmailSender(IOptions<EmailOptions> options, TimeProvider clock, ILogger<SmtpEmailSender> logger) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var smtp = settings.Smtp;
        var mime = MimeMessages.Compose(message, settings, clock.GetUtcNow());
        using var client = new SmtpClient { Timeout = (int)TimeSpan.FromSeconds(smtp.TimeoutSeconds).TotalMilliseconds };
        await client.ConnectAsync(smtp.Host ?? throw new InvalidOperationException("Email:Smtp:Host is not set."), smtp.Port, smtp.Security, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
        }

        await client.SendAsync(mime, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
        logger.LogInformation("Sent e-mail {MessageId} through {SmtpHost}:{SmtpPort}", mime.MessageId, smtp.Host, smtp.Port);
    }
}
