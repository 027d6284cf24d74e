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
    public async Task AnonymousPage_WithoutAuthCookie_RunsNoDatabaseQuery()
    {
        var client = factory.CreateAnonymousClient();
        var before = factory.QueryCounter.Count;

        await client.GetAsync("/account/sign-in");

        Assert.Equal(before, factory.QueryCounter.Count);
    }

    [Fact]
    public async Task AccountPage_WithAuthCookie_CostsOneStampQuery()
    {
        var user = await Accounts.CreateAsync(factory);
        var client = factory.CreateAnonymousClient();
        await Accounts.SignInAsync(client, user.Email!, Accounts.Password);
        var before = factory.QueryCounter.Count;

        var response = await client.GetAsync("/account");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before + 1, factory.QueryCounter.Count);
    }
}
