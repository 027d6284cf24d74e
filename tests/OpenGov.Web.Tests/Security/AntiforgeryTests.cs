using System.Net;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Security;

[Collection(WebTestCollection.Name)]
public class AntiforgeryTests(OpenGovFactory factory)
{
    [Theory]
    [InlineData("/account/sign-in")]
    [InlineData("/account/register")]
    [InlineData("/account/forgot-password")]
    public async Task Post_WithoutAntiforgeryToken_Returns400(string path)
    {
        var response = await factory.CreateAnonymousClient().PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "alguien@example.test",
            ["Password"] = "una frase bastante larga",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task SignOut_WithoutAntiforgeryToken_Returns400()
    {
        var client = factory.CreateClientAs(TestUser.InRole("Citizen"));

        var response = await client.PostAsync("/account/sign-out", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
