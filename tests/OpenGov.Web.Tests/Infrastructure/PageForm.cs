using System.Net;
using System.Text.RegularExpressions;

namespace OpenGov.Web.Tests.Infrastructure;

/// <summary>
/// A form as a browser submits it: its action and hidden fields (antiforgery token included) read from the
/// page's HTML, so a test follows the URL the page really posts to rather than one it builds itself.
/// </summary>
public sealed partial record PageForm(string Action, IReadOnlyDictionary<string, string> Hidden)
{
    /// <summary>The first POST form on <paramref name="pageUrl"/> whose action starts with <paramref name="actionPrefix"/>.</summary>
    public static async Task<PageForm> ReadAsync(HttpClient client, string pageUrl, string actionPrefix)
    {
        var html = await client.GetStringAsync(pageUrl);
        foreach (Match form in FormPattern().Matches(html))
        {
            var attributes = Attributes(form.Groups[1].Value);
            if (!attributes.TryGetValue("action", out var action) || !action.StartsWith(actionPrefix, StringComparison.Ordinal)
                || !string.Equals(attributes.GetValueOrDefault("method"), "post", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var hidden = InputPattern().Matches(form.Groups[2].Value)
                .Select(i => Attributes(i.Groups[1].Value))
                .Where(a => a.GetValueOrDefault("type") == "hidden" && a.ContainsKey("name"))
                .ToDictionary(a => a["name"], a => a.GetValueOrDefault("value") ?? "");
            return new PageForm(action, hidden);
        }

        Assert.Fail($"No POST form to {actionPrefix}… on {pageUrl}:\n{html}");
        return null!;
    }

    public Task<HttpResponseMessage> PostAsync(HttpClient client, IDictionary<string, string>? fields = null)
    {
        var body = new Dictionary<string, string>(Hidden);
        foreach (var (name, value) in fields ?? new Dictionary<string, string>())
        {
            body[name] = value;
        }

        return client.PostAsync(Action, new FormUrlEncodedContent(body));
    }

    private static Dictionary<string, string> Attributes(string tag) =>
        AttributePattern().Matches(tag).ToDictionary(a => a.Groups[1].Value, a => WebUtility.HtmlDecode(a.Groups[2].Value));

    [GeneratedRegex(@"<form\b([^>]*)>(.*?)</form>", RegexOptions.Singleline)]
    private static partial Regex FormPattern();

    [GeneratedRegex(@"<input\b([^>]*)>")]
    private static partial Regex InputPattern();

    [GeneratedRegex(@"([\w-]+)=""([^""]*)""")]
    private static partial Regex AttributePattern();
}
