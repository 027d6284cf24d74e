using System.Net;
using Microsoft.AspNetCore.Hosting;
using OpenGov.Web.Tests.Account;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Security;

[Collection(WebTestCollection.Name)]
public class RateLimitTests(OpenGovFactory factory)
{
    [Fact]
    public async Task SignIn_OverThePerMinuteLimit_Returns429WithAClearPage()
    {
        // A host of its own with a low limit, so the other tests' sign-ins do not count.
        await using var limited = factory.WithWebHostBuilder(builder => builder.UseSetting("RateLimits:SignInPermitsPerMinute", "2"));
        var client = limited.CreateClient(new() { AllowAutoRedirect = false });

        var first = await Accounts.SignInAsync(client, Accounts.NewEmail(), Accounts.Password);
        var second = await Accounts.SignInAsync(client, Accounts.NewEmail(), Accounts.Password);
        var third = await Accounts.SignInAsync(client, Accounts.NewEmail(), Accounts.Password);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        var html = await third.TextAsync();
        Assert.Contains("Demasiados intentos", html);
        Assert.Contains("espera un minuto", html);
        Assert.True(third.Headers.Contains("Content-Security-Policy"));
        // Pages themselves are not limited: only the POSTs are.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Accounts.SignInPath)).StatusCode);
    }

    [Fact]
    public async Task Register_OverThePerMinuteLimit_Returns429()
    {
        await using var limited = factory.WithWebHostBuilder(builder => builder.UseSetting("RateLimits:RegisterPermitsPerMinute", "1"));
        var client = limited.CreateClient(new() { AllowAutoRedirect = false });
        var fields = new Dictionary<string, string> { ["Email"] = "nadie@example.test" };

        var first = await Forms.PostAsync(client, "/account/forgot-password", "/account/forgot-password", fields);
        var second = await Forms.PostAsync(client, "/account/forgot-password", "/account/forgot-password", fields);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
    }
}
