using System.Net;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Security;

/// <summary>Uptime monitors and link checkers ask with HEAD: every page answers it as its GET would, without the body (ADR-015).</summary>
[Collection(WebTestCollection.Name)]
public class HeadRequestTests(OpenGovFactory factory)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/pastaza/plans/1")]
    [InlineData("/pastaza/plans/1/commitments/pz-01")]
    [InlineData("/pastaza/plans/1/commitments/pz-01/milestones/1")]
    [InlineData("/pastaza/feed.atom")]
    [InlineData("/jurisdictions")]
    public async Task Head_OnAPublicPage_Answers200WithTheGetsContentTypeAndNoBody(string url)
    {
        var client = factory.CreateAnonymousClient();

        var get = await client.GetAsync(url);
        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.ToString(), head.Content.Headers.ContentType?.ToString());
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal((await get.Content.ReadAsByteArrayAsync()).Length, head.Content.Headers.ContentLength);
        Assert.True(head.Headers.Contains("Content-Security-Policy"));
    }

    [Fact]
    public async Task Head_OnAnUnknownUrl_Answers404WithNoBody()
    {
        var head = await factory.CreateAnonymousClient().SendAsync(new HttpRequestMessage(HttpMethod.Head, "/no-existe/esta/pagina"));

        Assert.Equal(HttpStatusCode.NotFound, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }
}
