using MimeKit;
using Microsoft.Extensions.Options;

namespace OpenGov.Web.Infrastructure.Email;

/// <summary>
/// Writes each message as an RFC 5322 .eml file into a folder instead of sending it, so developers
/// and tests can open the mail (and click its links) without an SMTP server.
/// </summary>
public sealed class PickupFolderEmailSender(IOptions<EmailOptions> options, IHostEnvironment environment, TimeProvider clock, ILogger<PickupFolderEmailSender> logger)
    : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var mime = MimeMessages.Compose(message, options.Value, now);
        // 8bit rather than quoted-printable, so the file reads (and its links copy) as written.
        foreach (var part in mime.BodyParts.OfType<MimePart>())
        {
            part.ContentTransferEncoding = ContentEncoding.EightBit;
        }

        var folder = ResolveFolder(options.Value.PickupDirectory, environment.ContentRootPath);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{now:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");
        var format = FormatOptions.Default.Clone();
        format.NewLineFormat = NewLineFormat.Dos;
        await using (var file = File.Create(path))
        {
            await mime.WriteToAsync(format, file, cancellationToken);
        }

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
}
