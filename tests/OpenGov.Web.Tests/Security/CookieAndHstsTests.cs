using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc.Testing;
using OpenGov.Web.Setup;
using OpenGov.Web.Tests.Account;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Security;

/// <summary>
/// Outside Development every cookie is __Host- prefixed, Secure, Path=/, without Domain, HttpOnly and
/// SameSite Lax or Strict; HTTPS answers to a real host name carry HSTS for two years with
/// sub-domains and preload (ADR-045). The test host runs these production settings.
/// </summary>
[Collection(WebTestCollection.Name)]
public class CookieAndHstsTests(OpenGovFactory factory)
{
    private const string Hsts = "max-age=63072000; includeSubDomains; preload";

    [Fact]
    public async Task SignIn_AuthCookie_IsHostPrefixedSecureHttpOnlyLax()
    {
        var user = await Accounts.CreateAsync(factory);

        var response = await Accounts.SignInAsync(factory.CreateAnonymousClient(), user.Email!, Accounts.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        AssertHostCookie(SetCookie(response, "__Host-opengov.auth"), "lax");
        AssertEveryCookieIsHostPrefixed(response);
    }

    [Fact]
    public async Task FormPage_AntiforgeryCookie_IsHostPrefixedSecureHttpOnlyStrict()
    {
        var response = await factory.CreateAnonymousClient().GetAsync(Accounts.SignInPath);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertHostCookie(SetCookie(response, "__Host-opengov.af"), "strict");
        AssertEveryCookieIsHostPrefixed(response);
    }

    [Fact]
    public async Task LanguageSwitch_CultureCookie_IsHostPrefixedSecureHttpOnlyLax()
    {
        var response = await factory.CreateAnonymousClient().GetAsync("/language/en?returnUrl=/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        AssertHostCookie(SetCookie(response, "__Host-opengov.lang"), "lax");
        AssertEveryCookieIsHostPrefixed(response);
    }

    [Fact]
    public async Task SignOut_StatusMessageCookie_IsHostPrefixedSecureHttpOnlyLax()
    {
        var user = await Accounts.CreateAsync(factory);
        var client = factory.CreateAnonymousClient();
        await Accounts.SignInAsync(client, user.Email!, Accounts.Password);

        var response = await Forms.PostAsync(client, "/", "/account/sign-out", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        AssertHostCookie(SetCookie(response, "__Host-opengov.msg"), "lax");
        AssertEveryCookieIsHostPrefixed(response);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/account/sign-in")]
    [InlineData("/esta-pagina-no-existe")]
    public async Task Https_PublicHostName_SendsHstsForTwoYearsWithSubdomainsAndPreload(string path)
    {
        var client = factory.CreateAnonymousClient();
        client.BaseAddress = new Uri("https://portal.example");

        var response = await client.GetAsync(path);

        Assert.Equal(Hsts, Header(response, "Strict-Transport-Security"));
    }

    [Fact]
    public async Task Localhost_OrPlainHttp_GetNoHsts()
    {
        // Browsers ignore HSTS on plain HTTP, and pinning localhost to HTTPS would break every other
        // local site of the developer's machine.
        var local = await factory.CreateAnonymousClient().GetAsync("/");
        var plain = factory.CreateAnonymousClient();
        plain.BaseAddress = new Uri("http://portal.example");
        var overHttp = await plain.GetAsync("/");

        Assert.Equal("", Header(local, "Strict-Transport-Security"));
        Assert.Equal("", Header(overHttp, "Strict-Transport-Security"));
    }

    [Fact]
    public async Task Development_OnPlainHttpLocalhost_KeepsPlainCookieNamesAndNoHsts()
    {
        using var development = factory.WithWebHostBuilder(builder => builder.UseEnvironment("Development"));
        var client = development.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://localhost"), AllowAutoRedirect = false });

        var response = await client.GetAsync(Accounts.SignInPath);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var antiforgery = SetCookie(response, "opengov.af");
        Assert.DoesNotContain("secure", antiforgery.Split(';').Select(a => a.Trim().ToLowerInvariant()));
        Assert.Contains("httponly", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("", Header(response, "Strict-Transport-Security"));
    }

    [Theory]
    [InlineData("Production", false, true)]
    [InlineData("Production", true, true)]
    [InlineData("Staging", true, true)]
    [InlineData("Testing", false, true)]
    [InlineData("Testing", true, false)]
    [InlineData("Development", false, false)]
    public void PlainHttpCookies_OnlyInDevelopment_OrTheBrowserTestsHost(string environment, bool plainHttpSetting, bool prefixed)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.Configuration[CookieSetup.PlainHttpForTestsSetting] = plainHttpSetting ? "true" : "false";

        var naming = CookieSetup.Naming(builder);

        Assert.Equal(prefixed, naming.Prefixed);
        Assert.Equal(prefixed ? "__Host-opengov.auth" : "opengov.auth", naming.Name(CookieSetup.Auth));
    }

    private static string SetCookie(HttpResponseMessage response, string name)
    {
        Assert.True(response.Headers.TryGetValues("Set-Cookie", out var cookies), "No cookie was set.");
        var cookie = cookies.FirstOrDefault(c => c.StartsWith(name + "=", StringComparison.Ordinal));
        Assert.True(cookie is not null, $"No {name} cookie among: {string.Join(" | ", cookies)}");
        return cookie;
    }

    // What a browser requires of a __Host- cookie (Secure, Path=/, no Domain), and what keeps it
    // from scripts and other sites (HttpOnly, SameSite).
    private static void AssertHostCookie(string cookie, string sameSite)
    {
        var attributes = cookie.Split(';').Skip(1).Select(a => a.Trim().ToLowerInvariant()).ToList();
        Assert.Contains("secure", attributes);
        Assert.Contains("httponly", attributes);
        Assert.Contains("path=/", attributes);
        Assert.Contains("samesite=" + sameSite, attributes);
        Assert.DoesNotContain(attributes, a => a.StartsWith("domain=", StringComparison.Ordinal));
    }

    private static void AssertEveryCookieIsHostPrefixed(HttpResponseMessage response)
    {
        foreach (var cookie in response.Headers.GetValues("Set-Cookie"))
        {
            Assert.StartsWith("__Host-", cookie, StringComparison.Ordinal);
            var attributes = cookie.Split(';').Skip(1).Select(a => a.Trim().ToLowerInvariant()).ToList();
            Assert.Contains("secure", attributes);
            Assert.Contains("path=/", attributes);
        }
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : "";
}
