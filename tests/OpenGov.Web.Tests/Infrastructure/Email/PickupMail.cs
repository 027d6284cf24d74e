using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using OpenGov.Web.Infrastructure.Email;

namespace OpenGov.Web.Tests.Infrastructure.Email;

/// <summary>The .eml files of the run's pickup folder, parsed, and the outbox drained into it.</summary>
public static class PickupMail
{
    public static IReadOnlyList<MimeMessage> To(OpenGovFactory factory, string email) =>
        Directory.Exists(factory.MailDirectory)
            ? Directory.GetFiles(factory.MailDirectory, "*.eml")
                .Order(StringComparer.Ordinal)
                .Select(path => MimeMessage.Load(path))
                .Where(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, email, StringComparison.OrdinalIgnoreCase)))
                .ToList()
            : [];

    /// <summary>Drains until a run sends nothing (other tests' messages may be queued too).</summary>
    public static async Task DrainAsync(OpenGovFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        var drainer = scope.ServiceProvider.GetRequiredService<OutboxDrainer>();
        while (await drainer.DrainOnceAsync(CancellationToken.None) > 0)
        {
        }
    }

    /// <summary>The first absolute link in the message's text whose path starts with <paramref name="pathPrefix"/>.</summary>
    public static Uri LinkIn(MimeMessage message, string pathPrefix)
    {
        var link = (message.TextBody ?? "").Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)
            .Select(word => Uri.TryCreate(word, UriKind.Absolute, out var uri) ? uri : null)
            .FirstOrDefault(uri => uri is not null && uri.AbsolutePath.StartsWith(pathPrefix, StringComparison.Ordinal));
        Assert.True(link is not null, $"No link to {pathPrefix} in:\n{message.TextBody}");
        return link;
    }
}
