using Microsoft.Playwright;
using OpenGov.Web.Data.Seed;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Browser;

/// <summary>
/// Citizen participation in a real browser with JavaScript off and the demo accounts: the Citizen
/// comments on PZ-01, the Official of GAD Pastaza replies, and the public page shows both, the reply
/// marked as official.
/// </summary>
[Collection(WebTestCollection.Name)]
public sealed class CommentStoryBrowserTests(BrowserFactory factory) : IClassFixture<BrowserFactory>
{
    private const string Chromium = "/usr/bin/chromium";
    private const string Password = "demo-password-2024";

    [Fact]
    public async Task Story_CitizenCommentsOfficialRepliesPublicSeesBoth()
    {
        Assert.True(File.Exists(Chromium), "Install Debian's Chromium: apt-get install -y chromium");
        var page = $"{factory.BaseAddress}/pastaza/plans/1/commitments/pz-01";
        var question = $"¿Cuándo se publica el mapa vial? ({Guid.NewGuid():N})"[..48];
        var answer = "El mapa vial se publica en marzo, con sus actas.";

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });

        var citizen = await SignedInPageAsync(browser, factory.BaseAddress, DemoAccounts.CitizenEmail);
        await citizen.GotoAsync(page);
        await citizen.GetByLabel("Su comentario").FillAsync(question);
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Publicar el comentario" }).ClickAsync();
        await Assertions.Expect(citizen.GetByText(question)).ToBeVisibleAsync();

        var official = await SignedInPageAsync(browser, factory.BaseAddress, DemoAccounts.OfficialEmail);
        await official.GotoAsync(page);
        var thread = official.Locator("li.comment", new() { HasText = question }).First;
        await thread.Locator("summary", new() { HasText = "Responder como institución" }).ClickAsync();
        await thread.GetByLabel("Respuesta oficial").FillAsync(answer);
        await thread.GetByRole(AriaRole.Button, new() { Name = "Publicar la respuesta" }).ClickAsync();
        await official.WaitForLoadStateAsync();

        var visitor = await (await NewContextAsync(browser)).NewPageAsync();
        await visitor.GotoAsync(page);
        var publicThread = visitor.Locator("li.comment", new() { HasText = question }).First;
        await Assertions.Expect(publicThread.GetByText(answer)).ToBeVisibleAsync();
        await Assertions.Expect(publicThread.GetByText($"Respuesta oficial · {DemoAccounts.OfficialInstitutionName}")).ToBeVisibleAsync();
    }

    private static async Task<IBrowserContext> NewContextAsync(IBrowser browser)
    {
        var context = await browser.NewContextAsync(new() { JavaScriptEnabled = false, ViewportSize = new() { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        return context;
    }

    private static async Task<IPage> SignedInPageAsync(IBrowser browser, string baseAddress, string email)
    {
        var page = await (await NewContextAsync(browser)).NewPageAsync();
        await page.GotoAsync($"{baseAddress}/account/sign-in");
        await page.GetByLabel("Correo electrónico").FillAsync(email);
        await page.GetByLabel("Contraseña", new() { Exact = true }).FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Iniciar sesión" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Cerrar sesión" })).ToBeVisibleAsync();
        return page;
    }
}
