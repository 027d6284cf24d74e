using System.Net;
using System.Text;
using System.Text.Json;
using CsvHelper;

namespace OpenGov.Web.Tests.OpenData;

/// <summary>Downloads open-data files and reads them as a spreadsheet or a program would.</summary>
public static class OpenDataFiles
{
    public static async Task<CsvTable> CsvAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        return Parse(await response.Content.ReadAsByteArrayAsync());
    }

    public static CsvTable Parse(byte[] bytes)
    {
        Assert.NotEqual(0xEF, bytes[0]);
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        using var reader = CsvReader.Create(bytes, CsvReaderOptions.Default with { Separator = ',' });
        var rows = new List<string[]>();
        var header = new List<string>();
        while (reader.Read())
        {
            if (header.Count == 0)
            {
                header.AddRange(reader.Headers);
            }

            rows.Add(Enumerable.Range(0, header.Count).Select(i => reader.GetString(i) ?? "").ToArray());
        }

        if (header.Count == 0)
        {
            header.AddRange(reader.Headers);
        }

        return new CsvTable(header, rows);
    }

    public static async Task<List<JsonElement>> JsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
        return document.RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
    }
}
