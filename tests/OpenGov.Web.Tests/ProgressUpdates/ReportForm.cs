using System.Net;
using System.Text.RegularExpressions;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.ProgressUpdates;

/// <summary>The progress form as a browser submits it: multipart, with the token and hidden fields read from the GET.</summary>
public sealed partial class ReportForm
{
    private readonly Dictionary<string, string> _fields = [];
    private readonly List<(string Name, byte[] Content, string ContentType)> _files = [];

    public static async Task<ReportForm> OpenAsync(HttpClient client, string url)
    {
        var html = await client.GetStringAsync(url);
        var form = new ReportForm();
        form._fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(TokenPattern().Match(html).Groups[1].Value);
        foreach (Match hidden in HiddenPattern().Matches(html))
        {
            form._fields[hidden.Groups[1].Value] = WebUtility.HtmlDecode(hidden.Groups[2].Value);
        }

        Assert.True(form._fields.ContainsKey("Version"), $"No version field on {url}.");
        return form;
    }

    public string this[string name]
    {
        get => _fields[name];
        set => _fields[name] = value;
    }

    public ReportForm With(string name, string value)
    {
        _fields[name] = value;
        return this;
    }

    public ReportForm WithFile(string name, byte[] content, string contentType = "application/pdf")
    {
        _files.Add((name, content, contentType));
        return this;
    }

    public Task<HttpResponseMessage> PostAsync(HttpClient client, string url)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in _fields)
        {
            content.Add(new StringContent(value), name);
        }

        foreach (var (name, bytes, type) in _files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(type);
            content.Add(file, "Files", name);
        }

        return client.PostAsync(url, content);
    }

    /// <summary>A small but well-formed PDF.</summary>
    public static byte[] Pdf(string text = "Acta de entrega") =>
        System.Text.Encoding.ASCII.GetBytes($"%PDF-1.4\n1 0 obj <<>> endobj\n% {text} {Guid.NewGuid()}\ntrailer <<>>\n%%EOF\n");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("<input type=\"hidden\"[^>]*? name=\"(MilestoneId|Version|LastUpdateId)\" value=\"([^\"]*)\"")]
    private static partial Regex HiddenPattern();
}
