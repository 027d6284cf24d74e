using System.Net;
using System.Text.RegularExpressions;
using OpenGov.Web.Tests.Account;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Accessibility;

/// <summary>
/// A failed submit says so before anything else: the page title starts with "Error:" in both
/// languages, and the error summary is marked for the focus script (ADR-036). Pages without errors
/// keep their plain title and load no script.
/// </summary>
[Collection(WebTestCollection.Name)]
public sealed partial class ErrorSummaryTests(OpenGovFactory factory)
{
    [Fact]
    public async Task SignIn_EmptyForm_TitleStartsWithErrorAndSummaryTakesFocus()
    {
        var client = factory.CreateAnonymousClient();

        var response = await Accounts.SignInAsync(client, "", "");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal("Error: Iniciar sesión – Conecta Pastaza", TitleOf(html));
        Assert.Matches("<div class=\"error-summary\"[^>]*tabindex=\"-1\"[^>]*data-error-summary", html);
        Assert.Matches("<script src=\"/js/focus.js\\?v=[^\"]+\" defer></script>", html);
    }

    [Fact]
    public async Task SignIn_EmptyFormInEnglish_TitleStartsWithError()
    {
        var client = factory.CreateAnonymousClient();
        await client.GetAsync("/language/en?returnUrl=/");

        var response = await Accounts.SignInAsync(client, "", "");

        Assert.Equal("Error: Sign in – Conecta Pastaza", TitleOf(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task SignIn_Get_HasPlainTitleAndNoScript()
    {
        var html = await factory.CreateAnonymousClient().GetStringAsync("/account/sign-in");

        Assert.Equal("Iniciar sesión – Conecta Pastaza", TitleOf(html));
        Assert.DoesNotContain("focus.js", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FocusScript_IsServedAsAFileTheCspAllows()
    {
        var response = await factory.CreateAnonymousClient().GetAsync("/js/focus.js");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("[data-error-summary]", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string TitleOf(string html) => WebUtility.HtmlDecode(Title().Match(html).Groups[1].Value);

    [GeneratedRegex("<title>(.*?)</title>", RegexOptions.Singleline)]
    private static partial Regex Title();
}
