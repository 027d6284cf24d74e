using System.Net;
using OpenGov.Web.Features.OpenData;
using OpenGov.Web.Tests.Account;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.OpenData;

/// <summary>The "Datos abiertos" page: reachable from every page's footer, lists every file with its columns, in both languages.</summary>
[Collection(WebTestCollection.Name)]
public class OpenDataPageTests(OpenGovFactory factory)
{
    [Fact]
    public async Task Index_Anonymous_ListsEveryFileWithItsColumnsAndTheLicence()
    {
        var client = factory.CreateAnonymousClient();

        var home = WebUtility.HtmlDecode(await client.GetStringAsync("/santo-domingo"));
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/santo-domingo/open-data"));

        Assert.Contains("href=\"/santo-domingo/open-data\"", home, StringComparison.Ordinal);
        Assert.Contains("<h1>Datos abiertos", html, StringComparison.Ordinal);
        Assert.Contains("CC BY 4.0", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/santo-domingo/open-data/datapackage.json\"", html, StringComparison.Ordinal);
        foreach (var table in OpenDataCatalog.Tables)
        {
            Assert.Contains($"href=\"/santo-domingo/open-data/{table.Name}.csv\"", html, StringComparison.Ordinal);
            Assert.Contains($"href=\"/santo-domingo/open-data/{table.Name}.json\"", html, StringComparison.Ordinal);
            Assert.Contains(table.TitleEs, html, StringComparison.Ordinal);
            foreach (var field in table.Fields)
            {
                Assert.Contains($"<code>{field.Name}</code>", html, StringComparison.Ordinal);
                Assert.Contains(field.Es, html, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Index_InEnglish_DocumentsTheFilesInEnglish()
    {
        var client = factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.Add("Cookie", "__Host-opengov.lang=c%3Den%7Cuic%3Den");

        var html = WebUtility.HtmlDecode(await (await client.GetAsync("/pastaza/open-data")).TextAsync());

        Assert.Contains("<h1>Open data", html, StringComparison.Ordinal);
        Assert.Contains("Licence:", html, StringComparison.Ordinal);
        Assert.Contains("Columns of milestones.csv", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Columnas de", html, StringComparison.Ordinal);
        foreach (var table in OpenDataCatalog.Tables)
        {
            Assert.Contains(table.TitleEn, html, StringComparison.Ordinal);
            Assert.All(table.Fields, f => Assert.Contains(f.En, html, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("/no-existe/open-data")]
    [InlineData("/no-existe/open-data/milestones.csv")]
    [InlineData("/pastaza/open-data/no-existe.csv")]
    [InlineData("/pastaza/open-data/milestones.xlsx")]
    [InlineData("/open-data/no-existe.json")]
    public async Task UnknownJurisdictionOrFile_Returns404(string url)
    {
        var response = await factory.CreateAnonymousClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
