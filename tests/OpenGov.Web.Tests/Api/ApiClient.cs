using System.Net;
using System.Text.Json;

namespace OpenGov.Web.Tests.Api;

/// <summary>Reading the API as a client would: GET, check 200 JSON, follow next links.</summary>
public static class ApiClient
{
    public static async Task<JsonElement> GetJsonAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Every row of a list, page by page through the next links, with the number of pages read.</summary>
    public static async Task<(List<JsonElement> Rows, int Pages)> AllAsync(HttpClient client, string url)
    {
        var rows = new List<JsonElement>();
        var pages = 0;
        string? next = url;
        while (next is not null)
        {
            var page = await GetJsonAsync(client, next);
            pages++;
            rows.AddRange(page.GetProperty("data").EnumerateArray());
            var link = page.GetProperty("links").GetProperty("next");
            next = link.ValueKind == JsonValueKind.Null ? null : new Uri(link.GetString()!).PathAndQuery;
            Assert.True(pages < 1000, "paging does not end");
        }

        return (rows, pages);
    }
}
