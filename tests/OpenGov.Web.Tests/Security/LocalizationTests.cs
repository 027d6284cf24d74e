using OpenGov.Web.Tests.Account;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Security;

[Collection(WebTestCollection.Name)]
public class LocalizationTests(OpenGovFactory factory)
{
    [Theory]
    [InlineData("/account/sign-in", "Keep me signed in on this device")]
    [InlineData("/account/register", "Create an account")]
    [InlineData("/no-existe", "Page not found")]
    public async Task Get_WithEnglishChosen_ShowsEnglishText(string path, string english)
    {
        var client = factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.Add("Cookie", "__Host-opengov.lang=c%3Den%7Cuic%3Den");

        var response = await client.GetAsync(path);

        Assert.Contains(english, await response.TextAsync());
    }
}
