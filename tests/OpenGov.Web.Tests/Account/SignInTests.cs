using System.Net;
using OpenGov.Web.Identity;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Account;

[Collection(WebTestCollection.Name)]
public class SignInTests(OpenGovFactory factory)
{
    [Fact]
    public async Task SignIn_WithCorrectPassword_RedirectsHomeSignedIn()
    {
        var user = await Accounts.CreateAsync(factory, roles: Roles.Citizen);
        var client = factory.CreateAnonymousClient();

        var response = await Accounts.SignInAsync(client, user.Email!, Accounts.Password);

        Accounts.AssertRedirectsTo(response, "/");
        var account = await client.GetAsync("/account");
        Assert.Equal(HttpStatusCode.OK, account.StatusCode);
        var html = await account.TextAsync();
        Assert.Contains("Persona de prueba", html);
        Assert.Contains("Ciudadanía", html);
    }

    [Fact]
    public async Task SignIn_UnknownEmailOrWrongPassword_ShowsTheSameMessage()
    {
        var user = await Accounts.CreateAsync(factory);
        var client = factory.CreateAnonymousClient();

        var unknown = await Accounts.SignInAsync(client, Accounts.NewEmail(), Accounts.Password);
        var wrong = await Accounts.SignInAsync(client, user.Email!, "otra frase bastante larga");

        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains(Accounts.GenericFailure, await unknown.TextAsync());
        Assert.Contains(Accounts.GenericFailure, await wrong.TextAsync());
        Assert.False(unknown.Headers.Contains("Set-Cookie") && unknown.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("__Host-opengov.auth", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task SignIn_UnconfirmedEmail_IsRefusedWithTheSameMessage()
    {
        var user = await Accounts.CreateAsync(factory, confirmed: false);
        var client = factory.CreateAnonymousClient();

        var response = await Accounts.SignInAsync(client, user.Email!, Accounts.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Accounts.GenericFailure, await response.TextAsync());
    }

    [Fact]
    public async Task SignIn_AfterFiveFailures_LocksTheAccountEvenForTheRightPassword()
    {
        var user = await Accounts.CreateAsync(factory);
        var client = factory.CreateAnonymousClient();

        for (var attempt = 0; attempt < 5; attempt++)
        {
            await Accounts.SignInAsync(client, user.Email!, "otra frase bastante larga");
        }

        var response = await Accounts.SignInAsync(client, user.Email!, Accounts.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Accounts.GenericFailure, await response.TextAsync());
        Assert.True(await Accounts.WithUsersAsync(factory, async users => await users.IsLockedOutAsync((await users.FindByIdAsync(user.Id))!)));
    }

    [Fact]
    public async Task SignIn_WithLocalReturnUrl_RedirectsThere()
    {
        var user = await Accounts.CreateAsync(factory);

        var response = await Accounts.SignInAsync(factory.CreateAnonymousClient(), user.Email!, Accounts.Password, "/account?tab=1");

        Accounts.AssertRedirectsTo(response, "/account?tab=1");
    }

    [Theory]
    [InlineData("https://evil.example/phish")]
    [InlineData("//evil.example/phish")]
    [InlineData("/\\evil.example")]
    public async Task SignIn_WithReturnUrlNotLocal_IgnoresItAndRedirectsHome(string returnUrl)
    {
        var user = await Accounts.CreateAsync(factory);

        var response = await Accounts.SignInAsync(factory.CreateAnonymousClient(), user.Email!, Accounts.Password, returnUrl);

        Accounts.AssertRedirectsTo(response, "/");
    }

    [Fact]
    public async Task SignInPage_WithReturnUrlNotLocal_DoesNotCarryIt()
    {
        var html = await factory.CreateAnonymousClient().GetTextAsync("/account/sign-in?returnUrl=https%3A%2F%2Fevil.example");

        // The page may link back to itself (language switch), but the sign-in form must not carry it.
        Assert.DoesNotContain("name=\"ReturnUrl\" value=\"https://evil.example", html);
        Assert.Contains("name=\"ReturnUrl\"", html);
    }

    [Fact]
    public async Task Index_Anonymous_RedirectsToSignIn()
    {
        var response = await factory.CreateAnonymousClient().GetAsync("/account");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/account/sign-in?ReturnUrl=%2Faccount", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task SignOut_ThenReplayingACopiedCookie_IsTreatedAsAnonymous()
    {
        var user = await Accounts.CreateAsync(factory);
        var browser = factory.CreateAnonymousClient();
        var signIn = await Accounts.SignInAsync(browser, user.Email!, Accounts.Password);
        var copiedCookie = Accounts.AuthCookieHeader(signIn);
        var thief = Accounts.CookielessClient(factory);
        thief.DefaultRequestHeaders.Add("Cookie", copiedCookie);
        Assert.Equal(HttpStatusCode.OK, (await thief.GetAsync("/account")).StatusCode);

        var signOut = await Forms.PostAsync(browser, "/account", "/account/sign-out", new Dictionary<string, string>());

        Accounts.AssertRedirectsTo(signOut, "/account/sign-in");
        var replay = await thief.GetAsync("/account");
        Assert.Equal(HttpStatusCode.Redirect, replay.StatusCode);
        Assert.Contains("/account/sign-in", replay.Headers.Location?.ToString());
    }

    [Fact]
    public async Task UserMenu_SignedIn_ShowsNameAndSignOutButton()
    {
        var user = await Accounts.CreateAsync(factory);
        var client = factory.CreateAnonymousClient();
        await Accounts.SignInAsync(client, user.Email!, Accounts.Password);

        var html = await client.GetTextAsync("/account");

        Assert.Contains("Persona de prueba", html);
        Assert.Contains("action=\"/account/sign-out\"", html);
    }

    [Fact]
    public async Task UserMenu_Anonymous_ShowsSignInAndRegisterLinks()
    {
        var html = await factory.CreateAnonymousClient().GetTextAsync("/account/register");

        Assert.Contains("href=\"/account/sign-in\"", html);
        Assert.Contains("href=\"/account/register\"", html);
    }
}
