using System.Net;

namespace OpenGov.Web.Tests.Account;

/// <summary>Page text with HTML entities decoded (Razor encodes accented letters), for Contains assertions.</summary>
public static class HtmlText
{
    public static async Task<string> TextAsync(this HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    public static async Task<string> GetTextAsync(this HttpClient client, string url) =>
        WebUtility.HtmlDecode(await client.GetStringAsync(url));
}
