using Microsoft.AspNetCore.WebUtilities;
using OpenGov.Web.Tests.Infrastructure;
using OpenGov.Web.Tests.Infrastructure.Email;

namespace OpenGov.Web.Tests.Account;

/// <summary>
/// Account e-mails end to end: the mailed link (whose code is case-sensitive) opens a page whose form, as
/// rendered, carries the code unchanged and completes the flow; the mail is signed with the default brand.
/// </summary>
[Collection(WebTestCollection.Name)]
public class AccountMailTests(OpenGovFactory factory)
{
    private const string DefaultBrand = "Conecta Pastaza";

    [Fact]
    public async Task ConfirmEmail_MailedLinkAndPageForm_KeepTheCodeAndConfirm()
    {
        var email = Accounts.NewEmail();
        var client = factory.CreateAnonymousClient();
        await Forms.PostAsync(client, "/account/register", "/account/register", new Dictionary<string, string>
        {
            ["DisplayName"] = "Ana Tapuy", ["Email"] = email, ["Password"] = Accounts.Password, ["ConfirmPassword"] = Accounts.Password,
        });

        var mail = Assert.Single(PickupMail.To(factory, email));
        var link = PickupMail.LinkIn(mail, "/account/confirm-email");
        var code = QueryHelpers.ParseQuery(link.Query)["code"].ToString();
        Assert.True(code.Any(char.IsUpper) && code.Any(char.IsLower), "The mailed code should have both cases.");
        var form = await PageForm.ReadAsync(client, link.PathAndQuery, "/account/confirm-email");
        Assert.Equal(code, form.Hidden["Code"]);
        var response = await form.PostAsync(client);

        Accounts.AssertRedirectsTo(response, "/account/sign-in");
        Accounts.AssertRedirectsTo(await Accounts.SignInAsync(client, email, Accounts.Password), "/");
        Assert.Equal(DefaultBrand, mail.From.Mailboxes.Single().Name);
        Assert.Contains(DefaultBrand, mail.Subject);
    }

    [Fact]
    public async Task ResetPassword_MailedLinkAndPageForm_KeepTheCodeAndChangeThePassword()
    {
        var user = await Accounts.CreateAsync(factory);
        var client = factory.CreateAnonymousClient();
        await Forms.PostAsync(client, "/account/forgot-password", "/account/forgot-password", new Dictionary<string, string> { ["Email"] = user.Email! });
        const string newPassword = "otra frase nueva y bastante larga";

        var mail = Assert.Single(PickupMail.To(factory, user.Email!));
        var link = PickupMail.LinkIn(mail, "/account/reset-password");
        var code = QueryHelpers.ParseQuery(link.Query)["code"].ToString();
        var form = await PageForm.ReadAsync(client, link.PathAndQuery, "/account/reset-password");
        Assert.Equal(code, form.Hidden["Code"]);
        var response = await form.PostAsync(client, new Dictionary<string, string> { ["Password"] = newPassword, ["ConfirmPassword"] = newPassword });

        Accounts.AssertRedirectsTo(response, "/account/sign-in");
        Accounts.AssertRedirectsTo(await Accounts.SignInAsync(client, user.Email!, newPassword), "/");
        Assert.Equal(DefaultBrand, mail.From.Mailboxes.Single().Name);
    }
}
