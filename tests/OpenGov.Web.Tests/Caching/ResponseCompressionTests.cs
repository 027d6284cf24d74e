using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using OpenGov.Web.Identity;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Caching;

/// <summary>
/// Brotli or gzip for what carries no secret (public pages, feeds, static files), over HTTPS too;
/// nothing compressed over HTTPS that carries an antiforgery token or personal data (BREACH).
/// Fingerprinted static files are cached for a year, and there is a favicon.
/// </summary>
[Collection(WebTestCollection.Name)]
public partial class ResponseCompressionTests(OpenGovFactory factory)
{
    private HttpClient Https(TestUser? user = null)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        if (user is not null)
        {
            client = factory.CreateClientAs(user);
            client.BaseAddress = new Uri("https://localhost");
        }

        return client;
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string url, string encoding)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        return await client.SendAsync(request);
    }

    [Theory]
    [InlineData("/pastaza/plans/1", "br")]
    [InlineData("/pastaza/plans/1", "gzip")]
    [InlineData("/pastaza/feed.atom", "br")]
    [InlineData("/css/site.css", "br")]
    [InlineData("/css/site.css", "gzip")]
    public async Task PublicContent_OverHttps_Compressed(string url, string encoding)
    {
        var response = await GetAsync(Https(), url, encoding);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
    }

    [Fact]
    public async Task PublicPage_CompressedCopyIsCachedApartFromThePlainOne()
    {
        var client = Https();
        await GetAsync(client, "/pastaza/meetings", "br");
        var compressed = await GetAsync(client, "/pastaza/meetings", "br");
        var plain = await client.GetAsync("/pastaza/meetings");

        Assert.NotNull(compressed.Headers.Age);
        Assert.Equal(["br"], compressed.Content.Headers.ContentEncoding);
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Contains("<html", await plain.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SignedInPage_OverHttps_NotCompressed()
    {
        var response = await GetAsync(Https(TestUser.InRole(Roles.Citizen)), "/pastaza/plans/1/commitments/PZ-01", "br");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("__RequestVerificationToken", await response.Content.ReadAsStringAsync());
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task FormWithToken_OverHttps_NotCompressed()
    {
        var response = await GetAsync(Https(), "/account/sign-in", "br");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("__RequestVerificationToken", await response.Content.ReadAsStringAsync());
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task Layout_LinksFingerprintedStylesheetAndFavicons_CachedForAYear()
    {
        var client = factory.CreateAnonymousClient();
        var html = await client.GetStringAsync("/jurisdictions");

        foreach (var file in new[] { "/css/site.css", "/favicon.ico", "/favicon.svg" })
        {
            var match = Regex.Match(html, $"href=\"({Regex.Escape(file)}\\?v=[^\"]+)\"");
            Assert.True(match.Success, $"The layout does not link {file} with a version.");
            var response = await client.GetAsync(WebUtility.HtmlDecode(match.Groups[1].Value));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        }
    }

    [Theory]
    [InlineData("/favicon.ico", "image/x-icon")]
    [InlineData("/favicon.svg", "image/svg+xml")]
    public async Task Favicon_ServedWithoutVersion_ShortCache(string url, string contentType)
    {
        var response = await factory.CreateAnonymousClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=3600", response.Headers.CacheControl?.ToString());
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length < 1024);
    }
}
