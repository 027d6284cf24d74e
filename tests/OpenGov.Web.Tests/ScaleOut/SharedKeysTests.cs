using System.Net;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using OpenGov.Web.Identity;
using OpenGov.Web.Tests.Account;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.ScaleOut;

/// <summary>
/// What one instance signs (the sign-in cookie, an antiforgery token, a mailed confirmation link) is
/// accepted by another instance installed elsewhere on the same database, and after a restart: the
/// Data Protection keys live in PostgreSQL under one application name (ADR-042).
/// </summary>
public sealed class SharedKeysTests : IAsyncLifetime
{
    private readonly AppInstance _first = new();

    public Task InitializeAsync() => _first.InitializeAsync();

    public Task DisposeAsync() => _first.DisposeAsync();

    [Fact]
    public async Task SignInCookie_FromOneInstance_IsAcceptedByAnotherAndAfterARestart()
    {
        var user = await Accounts.CreateAsync(_first, roles: Roles.Citizen);
        var signIn = await Accounts.SignInAsync(_first.CreateAnonymousClient(), user.Email!, Accounts.Password);
        Accounts.AssertRedirectsTo(signIn, "/");
        var cookie = Accounts.AuthCookieHeader(signIn);

        string onSecond;
        await using (var second = await StartJoinedAsync())
        {
            onSecond = await AccountPageAsync(second, cookie);
        }

        // A restart: a new process with nothing in memory, on the same database.
        await using var restarted = await StartJoinedAsync();
        var afterRestart = await AccountPageAsync(restarted, cookie);

        Assert.Contains("Persona de prueba", onSecond);
        Assert.Contains("Persona de prueba", afterRestart);
        Assert.True(await _first.WithDbAsync(db => db.DataProtectionKeys.AnyAsync()), "No Data Protection key is stored in the database.");
    }

    [Fact]
    public async Task AntiforgeryToken_FromOneInstance_IsAcceptedByAnother()
    {
        var user = await Accounts.CreateAsync(_first, roles: Roles.Citizen);
        var client = _first.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = OpenGovFactory.Https, AllowAutoRedirect = false, HandleCookies = false });
        var page = await client.GetAsync(Accounts.SignInPath);
        var antiforgeryCookie = string.Join("; ", page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        var token = await Forms.GetAntiforgeryTokenAsync(WithCookie(_first, antiforgeryCookie), Accounts.SignInPath);
        await using var second = await StartJoinedAsync();

        var post = new HttpRequestMessage(HttpMethod.Post, Accounts.SignInPath)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = user.Email!,
                ["Password"] = Accounts.Password,
                ["RememberMe"] = "false",
                ["__RequestVerificationToken"] = token,
            }),
        };
        post.Headers.Add("Cookie", antiforgeryCookie);
        var response = await second.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = OpenGovFactory.Https, AllowAutoRedirect = false, HandleCookies = false }).SendAsync(post);

        Accounts.AssertRedirectsTo(response, "/");
    }

    [Fact]
    public async Task ConfirmationLink_FromOneInstance_ConfirmsOnAnother()
    {
        var user = await Accounts.CreateAsync(_first, confirmed: false);
        var code = await Accounts.WithUsersAsync(_first, async users =>
            WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GenerateEmailConfirmationTokenAsync((await users.FindByIdAsync(user.Id))!))));
        await using var second = await StartJoinedAsync();
        var client = second.CreateAnonymousClient();

        var confirm = await Forms.PostAsync(client, $"/account/confirm-email?userId={user.Id}&code={code}", "/account/confirm-email",
            new Dictionary<string, string> { ["UserId"] = user.Id, ["Code"] = code });

        Accounts.AssertRedirectsTo(confirm, "/account/sign-in");
        Assert.True(await Accounts.WithUsersAsync(_first, async users => (await users.FindByIdAsync(user.Id))!.EmailConfirmed));
    }

    private async Task<AppInstance> StartJoinedAsync()
    {
        var instance = _first.Join();
        await instance.InitializeAsync();
        return instance;
    }

    private static async Task<string> AccountPageAsync(OpenGovFactory instance, string cookie)
    {
        var response = await WithCookie(instance, cookie).GetAsync("/account");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.TextAsync();
    }

    private static HttpClient WithCookie(OpenGovFactory instance, string cookie)
    {
        var client = instance.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = OpenGovFactory.Https, AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }
}
