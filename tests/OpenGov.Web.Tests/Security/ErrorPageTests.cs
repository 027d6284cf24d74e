using System.Net;
using OpenGov.Web.Tests.Account;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Security;

[Collection(WebTestCollection.Name)]
public class ErrorPageTests(OpenGovFactory factory)
{
    [Fact]
    public async Task Get_UnknownUrl_Returns404FriendlyPage()
    {
        var response = await factory.CreateAnonymousClient().GetAsync("/esta/pagina/no-existe");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.TextAsync();
        Assert.Contains("Página no encontrada", html);
        Assert.Contains("href=\"/\"", html);
    }

    [Fact]
    public async Task Get_UnknownUrlSignedIn_Returns404FriendlyPage()
    {
        var response = await factory.CreateClientAs(TestUser.InRole("Citizen")).GetAsync("/no-existe");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Página no encontrada", await response.TextAsync());
    }

    [Fact]
    public async Task AccessDenied_Anonymous_Returns403Page()
    {
        var response = await factory.CreateAnonymousClient().GetAsync("/account/access-denied");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("No tienes permiso", await response.TextAsync());
    }

    [Fact]
    public async Task Error_WhenDatabaseIsUnreachable_Returns503FriendlyPageWithoutDetails()
    {
        await using var host = ThrowingEndpoints.CreateHost(factory);

        var response = await host.CreateClient().GetAsync(ThrowingEndpoints.DatabaseDown);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var html = await response.TextAsync();
        Assert.Contains("Servicio no disponible", html);
        Assert.DoesNotContain("Npgsql", html);
        Assert.DoesNotContain("   at ", html);
    }

    [Fact]
    public async Task Error_WhenABugThrows_Returns500GenericPageWithoutDetails()
    {
        await using var host = ThrowingEndpoints.CreateHost(factory);

        var response = await host.CreateClient().PostAsync(ThrowingEndpoints.Bug, new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.TextAsync();
        Assert.Contains("Algo salió mal", html);
        Assert.DoesNotContain("secret detail", html);
    }
}
