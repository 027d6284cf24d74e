using OpenGov.Web.Tests.Infrastructure;
using System.Text.RegularExpressions;

namespace OpenGov.Web.Tests.Account;

/// <summary>Reads the .eml files the app wrote to the run's pickup folder.</summary>
public static partial class Mailbox
{
    public static IReadOnlyList<string> MessagesTo(OpenGovFactory factory, string email) =>
        Directory.Exists(factory.MailDirectory)
            ? Directory.GetFiles(factory.MailDirectory, "*.eml")
                .Order(StringComparer.Ordinal)
                .Select(File.ReadAllText)
                .Where(m => m.Contains($"To: {email}\r\n", StringComparison.OrdinalIgnoreCase))
                .ToList()
            : [];

    /// <summary>Path and query of the first link in the message that points at <paramref name="pathPrefix"/>.</summary>
    public static string LinkIn(string message, string pathPrefix)
    {
        var link = LinkPattern().Matches(message).Select(m => new Uri(m.Value)).FirstOrDefault(u => u.AbsolutePath.StartsWith(pathPrefix, StringComparison.Ordinal));
        Assert.True(link is not null, $"No link to {pathPrefix} in:\n{message}");
        return link.PathAndQuery;
    }

    [GeneratedRegex(@"https?://[^\s]+")]
    private static partial Regex LinkPattern();
}
