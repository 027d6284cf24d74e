using System.Net;
using OpenGov.Web.Tests.Account;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Security;

[Collection(WebTestCollection.Name)]
public class SecurityHeadersTests(OpenGovFactory factory)
{
    [Theory]
    [InlineData("/account/sign-in", HttpStatusCode.OK)]
    [InlineData("/esta-pagina-no-existe", HttpStatusCode.NotFound)]
    [InlineData("/healthz", HttpStatusCode.OK)]
    public async Task Get_AnyPage_CarriesTheSecurityHeaders(string path, HttpStatusCode status)
    {
        var response = await factory.CreateAnonymousClient().GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("style-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"));
    }

    [Fact]
    public async Task SignInPage_Html_HasNoInlineScriptOrStyle()
    {
        var html = await factory.CreateAnonymousClient().GetTextAsync("/account/sign-in");

        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<style", html);
        Assert.DoesNotContain(" style=\"", html);
    }

    [Fact]
    public async Task SignIn_Cookies_AreHttpOnlyAndSameSiteLax()
    {
        var user = await Account.Accounts.CreateAsync(factory);

        var response = await Account.Accounts.SignInAsync(factory.CreateAnonymousClient(), user.Email!, Account.Accounts.Password);

        var auth = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-opengov.auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", auth, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", auth, StringComparison.OrdinalIgnoreCase);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : "";
}
