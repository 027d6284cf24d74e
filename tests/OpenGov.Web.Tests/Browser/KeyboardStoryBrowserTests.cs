using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using OpenGov.Core.Commitments;
using OpenGov.Web.Data.Seed;
using OpenGov.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace OpenGov.Web.Tests.Browser;

/// <summary>
/// The Official's story with a keyboard only (Tab, Shift+Tab, Enter, Space and typing; the native
/// file chooser is the one exception): a failed sign-in puts focus on the error summary and
/// "Error:" in the title, then sign in, open "Mis hitos", report progress with a PDF, and land on
/// the confirmation, announced as a status and holding focus. Scripts are on, as in a visitor's
/// browser, because moving focus is the one thing the portal's script does (ADR-036).
/// </summary>
[Collection(WebTestCollection.Name)]
public sealed class KeyboardStoryBrowserTests(BrowserFactory factory, ITestOutputHelper output) : IClassFixture<BrowserFactory>
{
    private const int MaxTabs = 80;

    [Fact]
    public async Task Story_SignInReportProgressWithFileReadConfirmation_KeyboardOnly()
    {
        Assert.True(File.Exists(BrowserSession.ChromiumPath), "Install Debian's Chromium: apt-get install -y chromium");
        var baseAddress = factory.BaseAddress;
        // Another open milestone of the Official's institution than the one the progress story uses.
        var milestone = await factory.WithDbAsync(db => db.Milestones.AsNoTracking()
            .Where(m => m.Status == MilestoneStatus.InProgress
                && m.ResponsibleInstitution!.Name == "Gobierno Autónomo Descentralizado Provincial de Pastaza")
            .OrderByDescending(m => m.Commitment!.Code).ThenByDescending(m => m.Order)
            .Select(m => new { m.Id, m.Progress })
            .FirstAsync());
        var progress = Math.Min(100, milestone.Progress + 5);
        var pdf = Path.Combine(Path.GetTempPath(), $"acta-teclado-{Guid.NewGuid():N}.pdf");
        await File.WriteAllTextAsync(pdf, "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n", Encoding.ASCII);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserSession.LaunchAsync(playwright);
        var page = await (await AccessibilityBrowserTests.NewContextAsync(browser, 390)).NewPageAsync();
        var keyboard = page.Keyboard;

        // 1. Submitting the empty form: the title says "Error:" and focus is on the summary.
        await page.GotoAsync($"{baseAddress}/account/sign-in");
        await TabToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Iniciar sesión" }));
        await keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/account/sign-in**", BrowserSession.DomReady);
        await Assertions.Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Error: "));
        await Assertions.Expect(page.Locator("[data-error-summary]")).ToBeFocusedAsync();

        // 2. Sign in: from the summary, Tab to the e-mail field, type, Tab to the password, Enter.
        await TabToAsync(page, page.GetByLabel("Correo electrónico"));
        await keyboard.TypeAsync(DemoAccounts.OfficialEmail);
        await TabToAsync(page, page.GetByLabel("Contraseña", new() { Exact = true }));
        await keyboard.TypeAsync(BrowserSession.DemoPassword);
        await keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Cerrar sesión" })).ToBeVisibleAsync();

        // 3. "Mis hitos" from the account menu, then the milestone's "Reportar avance".
        await TabToAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Mis hitos", Exact = true }));
        await keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/my/milestones", BrowserSession.DomReady);
        await TabToAsync(page, page.Locator($"a[href='/my/milestones/{milestone.Id}/report']").First);
        await keyboard.PressAsync("Enter");
        await page.WaitForURLAsync($"**/my/milestones/{milestone.Id}/report", BrowserSession.DomReady);

        // 4. The form: percentage, status (Space on the radio), narrative, the file, submit.
        await TabToAsync(page, page.GetByLabel("Avance (%)"));
        await keyboard.PressAsync("Control+A");
        await keyboard.TypeAsync(progress.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await TabToAsync(page, page.GetByLabel("En curso"));
        await keyboard.PressAsync("Space");
        await Assertions.Expect(page.GetByLabel("En curso")).ToBeCheckedAsync();
        await TabToAsync(page, page.GetByLabel("Qué se hizo"));
        await keyboard.TypeAsync("Se recorrió el tramo con la junta parroquial y se firmó el acta.");
        var files = page.GetByLabel("Archivos de evidencia");
        await TabToAsync(page, files);
        await files.SetInputFilesAsync(pdf);
        // Back and forth once: Shift+Tab returns to the narrative, Tab to the file field again.
        await keyboard.PressAsync("Shift+Tab");
        await Assertions.Expect(page.GetByLabel("Qué se hizo")).ToBeFocusedAsync();
        await TabToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Guardar el avance" }));
        await keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/my/milestones", BrowserSession.DomReady);

        // 5. The confirmation is a status message and focus is on it, so it is read first.
        var confirmation = page.GetByRole(AriaRole.Status);
        await Assertions.Expect(confirmation).ToContainTextAsync("Se guardó el avance");
        await Assertions.Expect(confirmation).ToBeFocusedAsync();
        output.WriteLine(await confirmation.InnerTextAsync());
        File.Delete(pdf);
    }

    /// <summary>Presses Tab until the target has focus; fails after <see cref="MaxTabs"/> presses.</summary>
    private static async Task TabToAsync(IPage page, ILocator target)
    {
        for (var i = 0; i < MaxTabs; i++)
        {
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement"))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"Tab never reached {target} on {page.Url}");
    }
}
