using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using OpenGov.Web.Data.Seed;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Browser;

/// <summary>
/// The monitor's story in a real browser with JavaScript off and the demo account: write a quarterly
/// report on Pastaza's plan, preview it, publish it; the commitment page then shows the assessment.
/// </summary>
[Collection(WebTestCollection.Name)]
public sealed class MonitoringStoryBrowserTests(BrowserFactory factory) : IClassFixture<BrowserFactory>
{

    [Fact]
    public async Task Story_MonitorWritesPreviewsPublishes_CommitmentPageShowsAssessment()
    {
        Assert.True(File.Exists(BrowserSession.ChromiumPath), "Install Debian's Chromium: apt-get install -y chromium");
        var baseAddress = factory.BaseAddress;
        var screenshots = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
        Directory.CreateDirectory(screenshots);
        var plan = await factory.WithDbAsync(db => db.ActionPlans.AsNoTracking()
            .Where(p => p.Jurisdiction!.Slug == "pastaza").OrderBy(p => p.Number)
            .Select(p => new { p.Id, p.Number, Codes = db.Commitments.Where(c => c.ActionPlanId == p.Id).OrderBy(c => c.Code).Select(c => c.Code).ToList() })
            .FirstAsync());
        var title = $"Informe trimestral del navegador {Guid.NewGuid():N}"[..45];

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserSession.LaunchAsync(playwright);

        // 1. The monitor signs in and starts a report from the desk.
        var monitor = await BrowserSession.SignedInPageAsync(browser, baseAddress, DemoAccounts.MonitorEmail);
        await monitor.GetByRole(AriaRole.Link, new() { Name = "Informes de monitoreo" }).ClickAsync();
        await monitor.GotoAsync($"{baseAddress}/monitor/plans/{plan.Id}/reports/new");
        await monitor.GetByLabel("Trimestral").CheckAsync();
        await monitor.GetByLabel("Título").FillAsync(title);
        await monitor.GetByLabel("Resumen").FillAsync("Primer trimestre de implementación: avances y alertas.");
        await monitor.GetByLabel("Texto del informe").FillAsync("## Hallazgos\n\nEl comité verificó la mayoría de los avances.");
        for (var i = 0; i < plan.Codes.Count; i++)
        {
            var code = plan.Codes[i];
            await monitor.Locator($"#Assessments_{i}_Verifiability").CheckAsync();
            await monitor.Locator($"#Assessments_{i}_IsRelevant").CheckAsync();
            await monitor.Locator($"#Assessments_{i}_Values-CivicParticipation").CheckAsync();
            await monitor.Locator($"#Assessments_{i}_Potential-Substantial").CheckAsync();
            await monitor.Locator($"#Assessments_{i}_Completion-Substantial").CheckAsync();
            await monitor.GetByLabel($"Valoración ({code})").FillAsync($"Valoración del navegador para {code}.");
        }

        await monitor.GetByRole(AriaRole.Button, new() { Name = "Guardar y ver la vista previa" }).ClickAsync();

        // 2. The preview shows the report as the public will see it.
        await Assertions.Expect(monitor.GetByText("Vista previa del borrador.")).ToBeVisibleAsync();
        await Assertions.Expect(monitor.GetByRole(AriaRole.Heading, new() { Name = title })).ToBeVisibleAsync();
        await monitor.ScreenshotAsync(new() { Path = Path.Combine(screenshots, "monitor-1-preview.png"), FullPage = true });

        // 3. Publish: the public report page follows.
        await monitor.GetByRole(AriaRole.Button, new() { Name = "Publicar el informe" }).ClickAsync();
        await Assertions.Expect(monitor.GetByText("Se publicó el informe.")).ToBeVisibleAsync();
        await monitor.ScreenshotAsync(new() { Path = Path.Combine(screenshots, "monitor-2-published.png"), FullPage = true });

        // 4. A visitor sees the assessment on the commitment page.
        var visitor = await (await BrowserSession.NewContextAsync(browser)).NewPageAsync();
        await visitor.GotoAsync($"{baseAddress}/pastaza/plans/{plan.Number}/commitments/{plan.Codes[0].ToLowerInvariant()}");
        var section = visitor.Locator("section[aria-labelledby=monitor-heading]");
        await Assertions.Expect(section.GetByRole(AriaRole.Link, new() { Name = title })).ToBeVisibleAsync();
        await Assertions.Expect(section.GetByText($"Valoración del navegador para {plan.Codes[0]}.")).ToBeVisibleAsync();
        await Assertions.Expect(section.GetByText("Destacado").First).ToBeVisibleAsync();
        await visitor.ScreenshotAsync(new() { Path = Path.Combine(screenshots, "monitor-3-commitment.png"), FullPage = true });
    }
}
