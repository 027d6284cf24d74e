using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OpenGov.Web.Identity;
using OpenGov.Web.Tests.Account;
using OpenGov.Web.Tests.Infrastructure;
using OpenGov.Web.Tests.TwoFactor;

namespace OpenGov.Web.Tests.Sessions;

[Collection(WebTestCollection.Name)]
public class SessionsTests(OpenGovFactory factory)
{
    private const string FirefoxOnWindows = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0";
    private const string ChromeOnAndroid = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36";

    [Fact]
    public async Task Index_TwoBrowsersSignedIn_ListsBothAndMarksThisOne()
    {
        var user = await Accounts.CreateAsync(factory, roles: Roles.Official);
        var laptop = await SignedInAsync(user, FirefoxOnWindows);
        await SignedInAsync(user, ChromeOnAndroid);

        var html = await laptop.GetTextAsync("/account");

        Assert.Equal(2, Regex.Matches(html, "data-session").Count);
        Assert.Matches("Firefox en Windows\\s*<strong class=\"tag\">Esta sesión</strong>", html);
        Assert.Contains("Chrome en Android", html);
        Assert.Single(Regex.Matches(html, "Esta sesión"));
        Assert.Contains("Cerrar sesión en todos los dispositivos", html);
    }

    [Fact]
    public async Task Index_InEnglish_NamesTheDevicesInEnglish()
    {
        var user = await Accounts.CreateAsync(factory, roles: Roles.Citizen);
        var laptop = await SignedInAsync(user, FirefoxOnWindows, english: true);

        var html = await laptop.GetTextAsync("/account");

        Assert.Contains("Open sessions", html);
        Assert.Matches("Firefox on Windows\\s*<strong class=\"tag\">This session</strong>", html);
        Assert.Contains("Sign out on every device", html);
    }

    [Fact]
    public async Task SignOutEverywhere_EndsTheOtherBrowsersCookieAndTheRows()
    {
        var account = await SecondFactorAccounts.CreateAsync(factory, Roles.Admin);
        var laptop = Browser(FirefoxOnWindows);
        var phone = Browser(ChromeOnAndroid);
        await SecondFactorAccounts.SignInAsync(laptop, account, TotpCodes.CurrentStep);
        await SecondFactorAccounts.SignInAsync(phone, account, TotpCodes.CurrentStep + 1);
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync("/admin")).StatusCode);
        Assert.Equal(2, await SessionCountAsync(account.User.Id));

        var response = await Forms.PostAsync(laptop, "/account", "/account/sessions/sign-out-everywhere", new Dictionary<string, string>());

        Accounts.AssertRedirectsTo(response, "/account/sign-in");
        Assert.Contains("Cerraste sesión en todos los dispositivos.", await laptop.GetTextAsync("/account/sign-in"));
        var ended = await phone.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Contains("/account/sign-in", ended.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.Redirect, (await laptop.GetAsync("/account")).StatusCode);
        Assert.Equal(0, await SessionCountAsync(account.User.Id));
    }

    [Fact]
    public async Task SignOut_RemovesThisSessionFromTheList()
    {
        var user = await Accounts.CreateAsync(factory, roles: Roles.Citizen);
        var laptop = await SignedInAsync(user, FirefoxOnWindows);
        Assert.Equal(1, await SessionCountAsync(user.Id));

        await Forms.PostAsync(laptop, "/account", "/account/sign-out", new Dictionary<string, string>());

        Assert.Equal(0, await SessionCountAsync(user.Id));
    }

    private HttpClient Browser(string userAgent)
    {
        var client = factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", userAgent);
        return client;
    }

    private async Task<HttpClient> SignedInAsync(AppUser user, string userAgent, bool english = false)
    {
        var client = Browser(userAgent);
        if (english)
        {
            await client.GetAsync("/language/en");
        }

        Accounts.AssertRedirectsTo(await Accounts.SignInAsync(client, user.Email!, Accounts.Password), "/");
        return client;
    }

    private Task<int> SessionCountAsync(string userId) =>
        factory.WithDbAsync(db => db.UserSessions.CountAsync(s => s.UserId == userId));
}
