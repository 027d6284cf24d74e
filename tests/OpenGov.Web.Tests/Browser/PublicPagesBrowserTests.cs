using Microsoft.Playwright;
using OpenGov.Web.Tests.ActionPlans;
using OpenGov.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace OpenGov.Web.Tests.Browser;

/// <summary>
/// One walk through the public pages in Debian's Chromium (Playwright cannot download browsers here):
/// home → commitment → English, with full-page screenshots kept as test artifacts.
/// </summary>
[Collection(WebTestCollection.Name)]
public sealed class PublicPagesBrowserTests(BrowserFactory factory, ITestOutputHelper output) : IClassFixture<BrowserFactory>
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task Walk_HomeCommitmentEnglish_WorksWithoutJavaScript()
    {
        Assert.True(File.Exists(Chromium), "Install Debian's Chromium: apt-get install -y chromium");
        var plan = await TestPlans.CreateAsync(factory, commitments: 4, updatesPerMilestone: 2);
        var baseAddress = factory.BaseAddress;
        var screenshots = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
        Directory.CreateDirectory(screenshots);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        // JavaScript off: every step must work with plain links and forms.
        var context = await browser.NewContextAsync(new() { JavaScriptEnabled = false, ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();

        await page.GotoAsync(baseAddress + plan.HomeUrl);
        Assert.Equal("es", await page.GetAttributeAsync("html", "lang"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, "home-es.png"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "Compromiso de prueba 1" }).ClickAsync();
        await page.WaitForURLAsync("**/commitments/tp-01");
        Assert.Contains("Hitos del compromiso TP-01", await page.ContentAsync(), StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await page.WaitForURLAsync("**/commitments/tp-01");
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Milestones" })).ToBeVisibleAsync();

        // TODO(integrator): once the account pages and demo accounts are merged, sign in here as the
        // demo Official (official@demo.test / demo-password-2024) and check the user menu.
        var path = Path.Combine(screenshots, "commitment-en.png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });

        var mobile = await browser.NewContextAsync(new() { JavaScriptEnabled = false, ViewportSize = new() { Width = 390, Height = 844 } });
        var phone = await mobile.NewPageAsync();
        await phone.GotoAsync(baseAddress + plan.PlanUrl);
        await phone.ScreenshotAsync(new() { Path = Path.Combine(screenshots, "plan-mobile-es.png"), FullPage = true });
        output.WriteLine($"Screenshots in {screenshots}");
    }
}
