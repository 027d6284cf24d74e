using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenGov.Core.Auditing;
using OpenGov.Web.Identity;
using OpenGov.Web.Tests.Account;
using OpenGov.Web.Tests.Admin;
using OpenGov.Web.Tests.Infrastructure;
using static OpenGov.Web.Features.Admin.AdminUsers.AdminUsersController;

namespace OpenGov.Web.Tests.TwoFactor;

[Collection(WebTestCollection.Name)]
public class TwoFactorTests(OpenGovFactory factory)
{
    [Theory]
    [InlineData(Roles.Admin, "/admin")]
    [InlineData(Roles.SteeringCommittee, "/committee/verifications")]
    [InlineData(Roles.Monitor, "/monitor/reports")]
    public async Task SignIn_PrivilegedWithoutSecondFactor_IsSentToEnrolUntilEnrolled(string role, string workPage)
    {
        var user = await Accounts.CreateAsync(factory, roles: role);
        var client = factory.CreateAnonymousClient();
        Accounts.AssertRedirectsTo(await Accounts.SignInAsync(client, user.Email!, Accounts.Password), "/");

        foreach (var path in new[] { "/", "/account", workPage })
        {
            var blocked = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, blocked.StatusCode);
            Assert.StartsWith(SecondFactorAccounts.EnrolPath + "?returnUrl=", blocked.Headers.Location?.OriginalString);
        }

        var page = await client.GetTextAsync(SecondFactorAccounts.EnrolPath);
        Assert.Contains("Tu rol en el portal exige un segundo paso", page);
        Assert.Contains("src=\"data:image/svg+xml;base64,", page);
        var key = TotpCodes.KeyOnPage(page);

        var enrolled = await Forms.PostAsync(client, SecondFactorAccounts.EnrolPath, SecondFactorAccounts.EnrolPath,
            new Dictionary<string, string> { ["Code"] = TotpCodes.At(key, TotpCodes.CurrentStep) });

        Assert.Equal(HttpStatusCode.Redirect, enrolled.StatusCode);
        Assert.StartsWith("/account/two-factor/recovery-codes", enrolled.Headers.Location?.OriginalString);
        var codes = await client.GetTextAsync(enrolled.Headers.Location!.OriginalString);
        Assert.Equal(10, System.Text.RegularExpressions.Regex.Matches(codes, "<li><code>[0-9A-Z]{5}-[0-9A-Z]{5}</code></li>").Count);
        Assert.Contains("no se volverán a mostrar", codes);
        // Shown once.
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/account/two-factor/recovery-codes")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(workPage)).StatusCode);
        Assert.True(await Accounts.WithUsersAsync(factory, async users => (await users.FindByIdAsync(user.Id))!.TwoFactorEnabled));
    }

    [Fact]
    public async Task Enrol_InEnglishWithAWrongCode_ExplainsAndEnablesNothing()
    {
        var user = await Accounts.CreateAsync(factory, roles: Roles.Monitor);
        var client = await SecondFactorAccounts.EnglishClientAsync(factory);
        await Accounts.SignInAsync(client, user.Email!, Accounts.Password);
        var page = await client.GetTextAsync(SecondFactorAccounts.EnrolPath);
        Assert.Contains("Your role on the portal requires a second step", page);
        Assert.Contains("Scan this QR code with the app.", page);
        var key = TotpCodes.KeyOnPage(page);

        var response = await Forms.PostAsync(client, SecondFactorAccounts.EnrolPath, SecondFactorAccounts.EnrolPath,
            new Dictionary<string, string> { ["Code"] = TotpCodes.Wrong(key) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The code is not correct. Type the one the app shows now", await response.TextAsync());
        Assert.False(await Accounts.WithUsersAsync(factory, async users => (await users.FindByIdAsync(user.Id))!.TwoFactorEnabled));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/monitor/reports")).StatusCode);
    }

    [Fact]
    public async Task SignIn_WithWrongCodes_RefusedCountedAndLockedOut()
    {
        var account = await SecondFactorAccounts.CreateAsync(factory, Roles.SteeringCommittee);
        var client = factory.CreateAnonymousClient();
        await SecondFactorAccounts.PasswordStepAsync(client, account.User);

        var wrong = await SecondFactorAccounts.PostCodeAsync(client, TotpCodes.Wrong(account.Key));

        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("El código no es correcto o ya se usó", await wrong.TextAsync());
        Assert.Equal(1, await Accounts.WithUsersAsync(factory, async users => await users.GetAccessFailedCountAsync((await users.FindByIdAsync(account.User.Id))!)));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/account")).StatusCode);

        for (var attempt = 1; attempt < 5; attempt++)
        {
            await SecondFactorAccounts.PostCodeAsync(client, TotpCodes.Wrong(account.Key));
        }

        var right = await SecondFactorAccounts.PostCodeAsync(client, TotpCodes.At(account.Key, TotpCodes.CurrentStep));
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("la cuenta está bloqueada", await right.TextAsync());
        Assert.True(await Accounts.WithUsersAsync(factory, async users => await users.IsLockedOutAsync((await users.FindByIdAsync(account.User.Id))!)));
    }

    [Fact]
    public async Task SignIn_WithRightCode_WorksOnceAndTheSameCodeIsRefusedAfterwards()
    {
        var account = await SecondFactorAccounts.CreateAsync(factory, Roles.Monitor);
        var first = factory.CreateAnonymousClient();
        var second = factory.CreateAnonymousClient();
        await SecondFactorAccounts.PasswordStepAsync(first, account.User);
        await SecondFactorAccounts.PasswordStepAsync(second, account.User);
        var code = TotpCodes.At(account.Key, TotpCodes.CurrentStep);

        Accounts.AssertRedirectsTo(await SecondFactorAccounts.PostCodeAsync(first, code), "/");
        var replay = await SecondFactorAccounts.PostCodeAsync(second, code);

        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/monitor/reports")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Contains("El código no es correcto o ya se usó", await replay.TextAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await second.GetAsync("/monitor/reports")).StatusCode);
        // A code of an earlier step than the one accepted is refused too, in English as well.
        var english = await SecondFactorAccounts.EnglishClientAsync(factory);
        await SecondFactorAccounts.PasswordStepAsync(english, account.User);
        var older = await SecondFactorAccounts.PostCodeAsync(english, TotpCodes.At(account.Key, TotpCodes.CurrentStep - 1));
        Assert.Contains("The code is not correct or has already been used.", await older.TextAsync());
    }

    [Fact]
    public async Task SignIn_WithRecoveryCode_WorksOnce()
    {
        var account = await SecondFactorAccounts.CreateAsync(factory, Roles.Admin);
        var first = factory.CreateAnonymousClient();
        await SecondFactorAccounts.PasswordStepAsync(first, account.User);
        Assert.Contains("usar un código de recuperación", await first.GetTextAsync(SecondFactorAccounts.CodePath));

        Accounts.AssertRedirectsTo(await SecondFactorAccounts.PostRecoveryCodeAsync(first, account.RecoveryCodes[0]), "/");
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/admin")).StatusCode);

        var english = await SecondFactorAccounts.EnglishClientAsync(factory);
        await SecondFactorAccounts.PasswordStepAsync(english, account.User);
        var again = await SecondFactorAccounts.PostRecoveryCodeAsync(english, account.RecoveryCodes[0]);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("The recovery code is not correct or has already been used.", await again.TextAsync());
        Assert.Equal(1, await Accounts.WithUsersAsync(factory, async users => await users.GetAccessFailedCountAsync((await users.FindByIdAsync(account.User.Id))!)));
        Assert.Equal(9, await Accounts.WithUsersAsync(factory, async users => await users.CountRecoveryCodesAsync((await users.FindByIdAsync(account.User.Id))!)));
    }

    [Fact]
    public async Task ResetTwoFactor_ByAdmin_AuditedEndsSessionsAndForcesEnrolmentAgain()
    {
        var account = await SecondFactorAccounts.CreateAsync(factory, Roles.Monitor);
        var person = factory.CreateAnonymousClient();
        await SecondFactorAccounts.SignInAsync(person, account);
        var admin = AdminData.Admin(factory);
        var editUrl = $"/admin/users/{account.User.Id}/edit";
        Assert.Contains("Restablecer la verificación en dos pasos", await admin.GetTextAsync(editUrl));

        var reset = await Forms.PostAsync(admin, editUrl, $"/admin/users/{account.User.Id}/reset-two-factor", new Dictionary<string, string>());

        Accounts.AssertRedirectsTo(reset, editUrl);
        Assert.Contains("No configurada.", await admin.GetTextAsync(editUrl));
        var audit = await AdminData.QueryAsync(factory, db => db.AuditEvents.AsNoTracking()
            .SingleAsync(e => e.EntityType == nameof(AppUser) && e.EntityId == AuditId(account.User.Id)));
        Assert.Equal((Roles.Admin, AuditAction.Updated), (audit.ActorRole, audit.Action));
        Assert.Contains("TwoFactorEnabled", audit.Changes);
        Assert.DoesNotContain("@", audit.Changes);
        var ended = await person.GetAsync("/account");
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Contains("/account/sign-in", ended.Headers.Location?.ToString());

        var again = factory.CreateAnonymousClient();
        Accounts.AssertRedirectsTo(await Accounts.SignInAsync(again, account.User.Email!, Accounts.Password), "/");
        var sent = await again.GetAsync("/monitor/reports");
        Assert.StartsWith(SecondFactorAccounts.EnrolPath, sent.Headers.Location?.OriginalString);
        // The old app entry is useless: the page shows a new key.
        Assert.NotEqual(account.Key, TotpCodes.KeyOnPage(await again.GetTextAsync(SecondFactorAccounts.EnrolPath)));
    }

    [Fact]
    public async Task ResetTwoFactor_ByNonAdmin_Returns403()
    {
        var account = await SecondFactorAccounts.CreateAsync(factory, Roles.Monitor);
        var committee = factory.CreateClientAs(TestUser.InRole(Roles.SteeringCommittee));

        var response = await Forms.PostAsync(committee, "/account", $"/admin/users/{account.User.Id}/reset-two-factor", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.True(await Accounts.WithUsersAsync(factory, async users => (await users.FindByIdAsync(account.User.Id))!.TwoFactorEnabled));
    }

    [Fact]
    public async Task SignIn_Official_IsNotForcedButMayTurnItOn()
    {
        var user = await Accounts.CreateAsync(factory, roles: Roles.Official);
        var client = factory.CreateAnonymousClient();
        Accounts.AssertRedirectsTo(await Accounts.SignInAsync(client, user.Email!, Accounts.Password), "/");

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        var account = await client.GetTextAsync("/account");
        Assert.Contains("Desactivada: basta tu contraseña", account);
        var page = await client.GetTextAsync(SecondFactorAccounts.EnrolPath);
        Assert.DoesNotContain("Tu rol en el portal exige", page);

        var enrolled = await Forms.PostAsync(client, SecondFactorAccounts.EnrolPath, SecondFactorAccounts.EnrolPath,
            new Dictionary<string, string> { ["Code"] = TotpCodes.At(TotpCodes.KeyOnPage(page), TotpCodes.CurrentStep) });
        Assert.Equal(HttpStatusCode.Redirect, enrolled.StatusCode);
        Assert.Contains("Activa: al iniciar sesión se te pide un código", await client.GetTextAsync("/account"));

        // From now on signing in asks for the code.
        await SecondFactorAccounts.PasswordStepAsync(factory.CreateAnonymousClient(), user);
    }

    [Fact]
    public async Task Disable_Official_TurnsItOffAndStaysSignedIn()
    {
        var account = await SecondFactorAccounts.CreateAsync(factory, Roles.Official);
        var client = factory.CreateAnonymousClient();
        await SecondFactorAccounts.SignInAsync(client, account);

        var response = await Forms.PostAsync(client, "/account", "/account/two-factor/disable", new Dictionary<string, string>());

        Accounts.AssertRedirectsTo(response, "/account");
        Assert.Contains("Desactivaste la verificación en dos pasos.", await client.GetTextAsync("/account"));
        Assert.False(await Accounts.WithUsersAsync(factory, async users => (await users.FindByIdAsync(account.User.Id))!.TwoFactorEnabled));
        Accounts.AssertRedirectsTo(await Accounts.SignInAsync(factory.CreateAnonymousClient(), account.User.Email!, Accounts.Password), "/");
    }

    [Fact]
    public async Task Disable_Monitor_IsRefusedAndStaysOn()
    {
        var account = await SecondFactorAccounts.CreateAsync(factory, Roles.Monitor);
        var client = factory.CreateAnonymousClient();
        await SecondFactorAccounts.SignInAsync(client, account);

        var response = await Forms.PostAsync(client, "/account", "/account/two-factor/disable", new Dictionary<string, string>());

        Accounts.AssertRedirectsTo(response, "/account");
        Assert.Contains("Tu rol exige la verificación en dos pasos: no puedes desactivarla.", await client.GetTextAsync("/account"));
        Assert.True(await Accounts.WithUsersAsync(factory, async users => (await users.FindByIdAsync(account.User.Id))!.TwoFactorEnabled));
    }
}
