using System.Net;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Api;

/// <summary>The API's documentation page, reached from the open-data page, shows what the OpenAPI document holds.</summary>
[Collection(WebTestCollection.Name)]
public class ApiDocsPageTests(OpenGovFactory factory)
{
    [Fact]
    public async Task DocsPage_ListsEveryOperationAndSchema_AndIsLinkedFromOpenData()
    {
        var client = factory.CreateAnonymousClient();

        var openData = await client.GetStringAsync("/pastaza/open-data");
        Assert.Contains("href=\"/api\"", openData);

        using var response = await client.GetAsync("/api");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<h1>API de datos abiertos</h1>", html);
        foreach (var path in new[] { "/api/v1/plans", "/api/v1/commitments/{id}", "/api/v1/milestones", "/api/v1/progress-updates", "/api/v1/verifications",
            "/api/v1/reports", "/api/v1/meetings", "/api/v1/workshops", "/api/v1/proposals", "/api/v1/jurisdictions/{slug}" })
        {
            Assert.Contains($"GET {path}</code>", html);
        }

        Assert.Contains("id=\"schema-CommitmentResource\"", html);
        Assert.Contains("<code>reported_progress</code>", html);
        Assert.Contains("<code>updated_since</code>", html);
        Assert.Contains("href=\"/openapi/v1.json\"", html);
    }

    [Fact]
    public async Task DocsPage_InEnglish()
    {
        var client = factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.Add("Cookie", "__Host-opengov.lang=c%3Den%7Cuic%3Den");

        var html = await client.GetStringAsync("/api");

        Assert.Contains("<h1>Open data API</h1>", html);
        Assert.Contains("Operations", html);
        Assert.DoesNotContain("Esquemas", html);
    }
}
