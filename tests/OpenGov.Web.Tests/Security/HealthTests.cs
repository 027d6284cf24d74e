using System.Net;
using OpenGov.Web.Tests.Account;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Security;

[Collection(WebTestCollection.Name)]
public class HealthTests(OpenGovFactory factory)
{
    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    public async Task Get_Anonymous_Returns200Healthy(string path)
    {
        var response = await factory.CreateAnonymousClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Healthz_Anonymous_RunsNoDatabaseQuery()
    {
        var client = factory.CreateAnonymousClient();
        var before = factory.QueryCounter.Count;

        await client.GetAsync("/healthz");

        Assert.Equal(before, factory.QueryCounter.Count);
    }

    [Fact]
    public async Task PublicPage_WithAuthCookie_CostsOneStampQueryMoreThanAnonymous_ThenNoneWhileItIsKept()
    {
        // The server-side sign-out check reads the account's stamp, kept a few seconds between
        // requests (ADR-008); anonymous visitors of public pages never pay it.
        var anonymous = factory.CreateAnonymousClient();
        // Both requests must render the page: a cookie the public cache does not know keeps the
        // anonymous one from being served from it (ADR-025).
        anonymous.DefaultRequestHeaders.Add("Cookie", "visit=1");
        await anonymous.GetAsync("/accessibility");
        var before = factory.QueryCounter.Count;
        await anonymous.GetAsync("/accessibility");
        var anonymousCost = factory.QueryCounter.Count - before;

        var user = await Accounts.CreateAsync(factory);
        var signedIn = factory.CreateAnonymousClient();
        await Accounts.SignInAsync(signedIn, user.Email!, Accounts.Password);
        before = factory.QueryCounter.Count;
        var response = await signedIn.GetAsync("/accessibility");
        var signedInCost = factory.QueryCounter.Count - before;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(anonymousCost + 1, signedInCost);

        before = factory.QueryCounter.Count;
        await signedIn.GetAsync("/accessibility");
        Assert.Equal(anonymousCost, factory.QueryCounter.Count - before);
    }
}
