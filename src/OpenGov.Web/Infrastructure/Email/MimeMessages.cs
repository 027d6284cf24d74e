using MimeKit;
using MimeKit.Text;

namespace OpenGov.Web.Infrastructure.Email;

/// <summary>Turns an <see cref="EmailMessage"/> into the MIME message both senders write, so the pickup file shows exactly what SMTP sends.</summary>
public static class MimeMessages
{
    public static MimeMessage Compose(EmailMessage message, EmailOptions options, DateTimeOffset now)
    {
        // Header injection guard: a line break in a header would let a value add its own headers.
        string?[] headers = [message.To, message.Subject, message.FromName, message.ListUnsubscribe];
        if (headers.Any(h => h is not null && h.AsSpan().IndexOfAny('\r', '\n') >= 0))
        {
            throw new ArgumentException("E-mail headers must not contain line breaks.", nameof(message));
        }

        var configured = MailboxAddress.Parse(options.From);
        var from = new MailboxAddress(string.IsNullOrWhiteSpace(message.FromName) ? configured.Name : message.FromName, configured.Address);
        var mime = new MimeMessage
        {
            Subject = message.Subject,
            Date = now,
            MessageId = $"{Guid.NewGuid():N}@{from.Domain}",
            Body = new TextPart(TextFormat.Plain) { Text = message.Body.ReplaceLineEndings("\n") },
        };
        mime.From.Add(from);
        mime.To.Add(MailboxAddress.Parse(message.To));
        if (message.ListUnsubscribe is not null)
        {
            // RFC 8058: the mail client may POST "List-Unsubscribe=One-Click" to the URL without opening a page.
            mime.Headers.Add(HeaderId.ListUnsubscribe, $"<{message.ListUnsubscribe}>");
            mime.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }

        return mime;
    }
}
