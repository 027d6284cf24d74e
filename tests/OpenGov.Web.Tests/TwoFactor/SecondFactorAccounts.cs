using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OpenGov.Web.Identity;
using OpenGov.Web.Tests.Account;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.TwoFactor;

/// <summary>Accounts with an authenticator app already enrolled, and the second step of signing in through the real forms.</summary>
public static class SecondFactorAccounts
{
    public const string CodePath = "/account/sign-in/code";
    public const string RecoveryPath = "/account/sign-in/recovery-code";
    public const string EnrolPath = "/account/two-factor";

    public sealed record Enrolled(AppUser User, string Key, IReadOnlyList<string> RecoveryCodes);

    public static async Task<Enrolled> CreateAsync(OpenGovFactory factory, params string[] roles)
    {
        var user = await Accounts.CreateAsync(factory, roles: roles);
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var tracked = (await users.FindByIdAsync(user.Id))!;
        await users.ResetAuthenticatorKeyAsync(tracked);
        var key = (await users.GetAuthenticatorKeyAsync(tracked))!;
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(tracked, 10))!.ToList();
        await users.SetTwoFactorEnabledAsync(tracked, true);
        return new Enrolled(tracked, key, codes);
    }

    /// <summary>The password step; for an enrolled account it leads to the code page.</summary>
    public static async Task PasswordStepAsync(HttpClient client, AppUser user)
    {
        var response = await Accounts.SignInAsync(client, user.Email!, Accounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(CodePath, response.Headers.Location?.OriginalString);
    }

    public static Task<HttpResponseMessage> PostCodeAsync(HttpClient client, string code) =>
        Forms.PostAsync(client, CodePath, CodePath, new Dictionary<string, string> { ["Code"] = code, ["RememberMachine"] = "false", ["RememberMe"] = "false" });

    public static Task<HttpResponseMessage> PostRecoveryCodeAsync(HttpClient client, string code) =>
        Forms.PostAsync(client, RecoveryPath, RecoveryPath, new Dictionary<string, string> { ["Code"] = code });

    /// <summary>Both steps; the code is the one of the given step (the current one by default).</summary>
    public static async Task SignInAsync(HttpClient client, Enrolled account, long? step = null)
    {
        await PasswordStepAsync(client, account.User);
        var response = await PostCodeAsync(client, TotpCodes.At(account.Key, step ?? TotpCodes.CurrentStep));
        Accounts.AssertRedirectsTo(response, "/");
    }

    public static async Task<HttpClient> EnglishClientAsync(OpenGovFactory factory)
    {
        var client = factory.CreateAnonymousClient();
        await client.GetAsync("/language/en");
        return client;
    }
}
