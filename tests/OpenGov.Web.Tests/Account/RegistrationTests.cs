using System.Net;
using Microsoft.AspNetCore.WebUtilities;
using OpenGov.Web.Identity;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Account;

[Collection(WebTestCollection.Name)]
public class RegistrationTests(OpenGovFactory factory)
{
    private const string RegisterPath = "/account/register";
    private const string CheckEmailPath = "/account/check-email";

    [Fact]
    public async Task Register_NewEmail_CreatesUnconfirmedCitizenAndMailsConfirmation()
    {
        var email = Accounts.NewEmail();

        var response = await RegisterAsync(factory.CreateAnonymousClient(), email);

        Accounts.AssertRedirectsTo(response, CheckEmailPath);
        var (confirmed, roles) = await Accounts.WithUsersAsync(factory, async users =>
        {
            var user = await users.FindByEmailAsync(email);
            Assert.NotNull(user);
            return (user.EmailConfirmed, await users.GetRolesAsync(user));
        });
        Assert.False(confirmed);
        Assert.Equal([Roles.Citizen], roles);
        var message = Assert.Single(Mailbox.MessagesTo(factory, email));
        Assert.Contains("/account/confirm-email?", message);
    }

    [Fact]
    public async Task Register_WeakInput_ShowsErrorSummaryLinkingToFields()
    {
        var response = await Forms.PostAsync(factory.CreateAnonymousClient(), RegisterPath, RegisterPath, new Dictionary<string, string>
        {
            ["DisplayName"] = "Ana",
            ["Email"] = "no-es-un-correo",
            ["Password"] = "corta",
            ["ConfirmPassword"] = "corta",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.TextAsync();
        Assert.Contains("class=\"error-summary\"", html);
        Assert.Contains("href=\"#Email\"", html);
        Assert.Contains("href=\"#Password\"", html);
        Assert.Contains("value=\"Ana\"", html);
    }

    [Fact]
    public async Task ConfirmEmail_FromTheMailedLink_ConfirmsAndAllowsSignIn()
    {
        var email = Accounts.NewEmail();
        var client = factory.CreateAnonymousClient();
        await RegisterAsync(client, email);
        var link = Mailbox.LinkIn(Assert.Single(Mailbox.MessagesTo(factory, email)), "/account/confirm-email");
        var query = QueryHelpers.ParseQuery(new Uri("http://localhost" + link).Query);

        var confirm = await Forms.PostAsync(client, link, "/account/confirm-email", new Dictionary<string, string>
        {
            ["UserId"] = query["userId"].ToString(),
            ["Code"] = query["code"].ToString(),
        });

        Accounts.AssertRedirectsTo(confirm, "/account/sign-in");
        Assert.Contains("Tu correo está confirmado", await client.GetTextAsync("/account/sign-in"));
        Accounts.AssertRedirectsTo(await Accounts.SignInAsync(client, email, Accounts.Password), "/");
    }

    [Fact]
    public async Task ConfirmEmail_WithATamperedCode_ShowsInvalidLink()
    {
        var user = await Accounts.CreateAsync(factory, confirmed: false);
        var page = $"/account/confirm-email?userId={user.Id}&code=bm90LWEtdG9rZW4";

        var response = await Forms.PostAsync(factory.CreateAnonymousClient(), page, "/account/confirm-email", new Dictionary<string, string>
        {
            ["UserId"] = user.Id,
            ["Code"] = "bm90LWEtdG9rZW4",
        });

        Assert.Contains("El enlace no es válido", await response.TextAsync());
    }

    [Fact]
    public async Task Register_ExistingEmail_GivesTheSameResponseAndMailsTheOwner()
    {
        var user = await Accounts.CreateAsync(factory);
        var fresh = await RegisterAsync(factory.CreateAnonymousClient(), Accounts.NewEmail());

        var existing = await RegisterAsync(factory.CreateAnonymousClient(), user.Email!);

        Assert.Equal(fresh.StatusCode, existing.StatusCode);
        Assert.Equal(fresh.Headers.Location, existing.Headers.Location);
        Accounts.AssertRedirectsTo(existing, CheckEmailPath);
        var message = Assert.Single(Mailbox.MessagesTo(factory, user.Email!));
        Assert.Contains("/account/forgot-password", message);
        Assert.Equal(1, await factory.WithDbAsync(db => Task.FromResult(db.Users.Count(u => u.NormalizedEmail == user.Email!.ToUpperInvariant()))));
    }

    [Fact]
    public async Task ForgotPassword_UnknownOrKnownEmail_GivesTheSameResponse()
    {
        var user = await Accounts.CreateAsync(factory);
        var unknownEmail = Accounts.NewEmail();

        var unknown = await ForgotAsync(factory.CreateAnonymousClient(), unknownEmail);
        var known = await ForgotAsync(factory.CreateAnonymousClient(), user.Email!);

        Accounts.AssertRedirectsTo(unknown, CheckEmailPath);
        Accounts.AssertRedirectsTo(known, CheckEmailPath);
        Assert.Empty(Mailbox.MessagesTo(factory, unknownEmail));
        Assert.Single(Mailbox.MessagesTo(factory, user.Email!));
    }

    [Fact]
    public async Task ResetPassword_FromTheMailedLink_ChangesThePassword()
    {
        var user = await Accounts.CreateAsync(factory);
        var client = factory.CreateAnonymousClient();
        await ForgotAsync(client, user.Email!);
        var link = Mailbox.LinkIn(Assert.Single(Mailbox.MessagesTo(factory, user.Email!)), "/account/reset-password");
        var query = QueryHelpers.ParseQuery(new Uri("http://localhost" + link).Query);
        const string newPassword = "otra frase nueva y larga";

        var reset = await Forms.PostAsync(client, link, "/account/reset-password", new Dictionary<string, string>
        {
            ["UserId"] = query["userId"].ToString(),
            ["Code"] = query["code"].ToString(),
            ["Password"] = newPassword,
            ["ConfirmPassword"] = newPassword,
        });

        Accounts.AssertRedirectsTo(reset, "/account/sign-in");
        Assert.Contains(Accounts.GenericFailure, await (await Accounts.SignInAsync(client, user.Email!, Accounts.Password)).TextAsync());
        Accounts.AssertRedirectsTo(await Accounts.SignInAsync(client, user.Email!, newPassword), "/");
    }

    private static Task<HttpResponseMessage> RegisterAsync(HttpClient client, string email) =>
        Forms.PostAsync(client, RegisterPath, RegisterPath, new Dictionary<string, string>
        {
            ["DisplayName"] = "Ana Tapuy",
            ["Email"] = email,
            ["Password"] = Accounts.Password,
            ["ConfirmPassword"] = Accounts.Password,
        });

    private static Task<HttpResponseMessage> ForgotAsync(HttpClient client, string email) =>
        Forms.PostAsync(client, "/account/forgot-password", "/account/forgot-password", new Dictionary<string, string> { ["Email"] = email });
}
