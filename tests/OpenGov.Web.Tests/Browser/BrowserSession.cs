using Microsoft.Playwright;

namespace OpenGov.Web.Tests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright (which cannot download its own browsers here), with
/// JavaScript off so every step proves the page works with plain links and forms.
/// </summary>
public static class BrowserSession
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string DemoPassword = "demo-password-2024";

    /// <summary>
    /// Wait for the new document, not for every subresource: the assertions that follow wait for
    /// their own elements, and a slow stylesheet on a loaded CI machine must not fail a story.
    /// </summary>
    public static readonly PageWaitForURLOptions DomReady = new() { WaitUntil = WaitUntilState.DOMContentLoaded };

    // Without the background-networking flags Chromium keeps trying to reach Google's hosts,
    // which this machine's closed network refuses.
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new()
    {
        ExecutablePath = ChromiumPath,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });

    public static async Task<IBrowserContext> NewContextAsync(IBrowser browser, int width = 1280, int height = 900)
    {
        var context = await browser.NewContextAsync(new() { JavaScriptEnabled = false, ViewportSize = new() { Width = width, Height = height } });
        // Generous timeouts: the first request of each page compiles its Razor view, and CI machines are small.
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        return context;
    }

    /// <summary>A page signed in as a demo account through the real sign-in form (Spanish UI).</summary>
    public static async Task<IPage> SignedInPageAsync(IBrowser browser, string baseAddress, string email)
    {
        var page = await (await NewContextAsync(browser)).NewPageAsync();
        await page.GotoAsync($"{baseAddress}/account/sign-in");
        await page.GetByLabel("Correo electrónico").FillAsync(email);
        await page.GetByLabel("Contraseña", new() { Exact = true }).FillAsync(DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Iniciar sesión" }).ClickAsync();
        await BrowserSecondFactor.CompleteAsync(page, baseAddress, email);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Cerrar sesión" })).ToBeVisibleAsync();
        return page;
    }
}
