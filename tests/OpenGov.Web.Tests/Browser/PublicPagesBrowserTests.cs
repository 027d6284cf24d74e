using Microsoft.Playwright;
using OpenGov.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace OpenGov.Web.Tests.Browser;

/// <summary>
/// One walk through the public pages in Debian's Chromium (Playwright cannot download browsers here):
/// home → commitment → English → sign in as the demo Official, with full-page screenshots kept as test artifacts.
/// </summary>
[Collection(WebTestCollection.Name)]
public sealed class PublicPagesBrowserTests(BrowserFactory factory, ITestOutputHelper output) : IClassFixture<BrowserFactory>
{

    [Fact]
    public async Task Walk_HomeCommitmentEnglishSignIn_WorksWithoutJavaScript()
    {
        Assert.True(File.Exists(BrowserSession.ChromiumPath), "Install Debian's Chromium: apt-get install -y chromium");
        var baseAddress = factory.BaseAddress;
        var screenshots = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
        Directory.CreateDirectory(screenshots);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserSession.LaunchAsync(playwright);
        var page = await (await BrowserSession.NewContextAsync(browser)).NewPageAsync();

        // The default jurisdiction's home, from the demo data ./run.sh loads.
        await page.GotoAsync(baseAddress + "/");
        Assert.Equal("es", await page.GetAttributeAsync("html", "lang"));
        Assert.Contains("Conecta Pastaza", await page.TitleAsync() + await page.ContentAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, "home-es.png"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "Mapa abierto de planificación y mantenimiento vial" }).First.ClickAsync();
        await page.WaitForURLAsync("**/commitments/pz-01", BrowserSession.DomReady);
        Assert.Contains("PZ-01", await page.ContentAsync(), StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Link, new() { Name = "English", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        Assert.EndsWith("/commitments/pz-01", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Milestones" })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, "commitment-en.png"), FullPage = true });

        // Sign in as the demo Official through the real form; the session comes back to the commitment.
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByLabel("Email address").FillAsync("official@demo.test");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(BrowserSession.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/commitments/pz-01", BrowserSession.DomReady);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, "signed-in-official-en.png"), FullPage = true });

        var mobile = await BrowserSession.NewContextAsync(browser, width: 390, height: 844);
        var phone = await mobile.NewPageAsync();
        await phone.GotoAsync(baseAddress + "/pastaza/plans/1");
        await phone.ScreenshotAsync(new() { Path = Path.Combine(screenshots, "plan-mobile-es.png"), FullPage = true });
        output.WriteLine($"Screenshots in {screenshots}");
    }
}
