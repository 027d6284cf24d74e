using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;

namespace OpenGov.Web.Infrastructure.Email;

/// <summary>
/// Writes each message as an RFC 5322 .eml file into a folder instead of sending it, so developers
/// and tests can open the mail (and click its links) without an SMTP server.
/// </summary>
public sealed class PickupFolderEmailSender(IOptions<EmailOptions> options, IHostEnvironment environment, ILogger<PickupFolderEmailSender> logger)
    : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        // Header injection guard: a line break in a header would let a value add its own headers.
        if (message.To.AsSpan().IndexOfAny('\r', '\n') >= 0 || message.Subject.AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            throw new ArgumentException("E-mail headers must not contain line breaks.", nameof(message));
        }

        var folder = ResolveFolder(options.Value.PickupDirectory, environment.ContentRootPath);
        Directory.CreateDirectory(folder);
        var now = DateTimeOffset.UtcNow;
        var path = Path.Combine(folder, $"{now:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");

        var eml = new StringBuilder()
            .Append("From: ").Append(options.Value.From).Append("\r\n")
            .Append("To: ").Append(message.To).Append("\r\n")
            .Append("Subject: ").Append(EncodeHeader(message.Subject)).Append("\r\n")
            .Append("Date: ").Append(now.ToString("r", CultureInfo.InvariantCulture)).Append("\r\n")
            .Append("Message-ID: <").Append(Guid.NewGuid().ToString("N")).Append("@opengov>\r\n")
            .Append("MIME-Version: 1.0\r\n")
            .Append("Content-Type: text/plain; charset=utf-8\r\n")
            .Append("Content-Transfer-Encoding: 8bit\r\n")
            .Append("\r\n")
            .Append(message.Body.ReplaceLineEndings("\r\n"))
            .Append("\r\n");
        await File.WriteAllTextAsync(path, eml.ToString(), new UTF8Encoding(false), cancellationToken);
        logger.LogInformation("Wrote e-mail {Subject} to pickup file {Path}", message.Subject, path);
    }

    /// <summary>Relative folders are anchored at the repository root (the folder holding OpenGov.sln), so ./run.sh and the IDE agree.</summary>
    public static string ResolveFolder(string configured, string contentRoot)
    {
        if (Path.IsPathRooted(configured))
        {
            return configured;
        }

        for (var directory = new DirectoryInfo(contentRoot); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OpenGov.sln")))
            {
                return Path.Combine(directory.FullName, configured);
            }
        }

        return Path.Combine(contentRoot, configured);
    }

    // RFC 2047 encoded word, so Spanish subjects ("Confirma tu dirección") survive any mail reader.
    private static string EncodeHeader(string value) =>
        value.All(char.IsAscii) ? value : $"=?utf-8?B?{Convert.ToBase64String(Encoding.UTF8.GetBytes(value))}?=";
}
