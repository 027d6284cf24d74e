using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using OpenGov.Web.Data.Seed;
using OpenGov.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace OpenGov.Web.Tests.Browser;

/// <summary>
/// Co-creation in a real browser, with JavaScript off and the demo Admin: a new Pastaza workshop with
/// its attendance, two proposals (one selected and linked to PZ-01, one rejected with a reason), and the
/// public co-creation page showing the attendance and the funnel drawn from them.
/// </summary>
[Collection(WebTestCollection.Name)]
public sealed class CoCreationStoryBrowserTests(BrowserFactory factory, ITestOutputHelper output) : IClassFixture<BrowserFactory>
{

    [Fact]
    public async Task Story_AdminRecordsWorkshopAndProposalsPublicSeesAttendanceAndFunnel()
    {
        Assert.True(File.Exists(BrowserSession.ChromiumPath), "Install Debian's Chromium: apt-get install -y chromium");
        var baseAddress = factory.BaseAddress;
        var screenshots = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
        Directory.CreateDirectory(screenshots);
        var plan = await factory.WithDbAsync(db => db.ActionPlans.AsNoTracking()
            .Where(p => p.Jurisdiction!.Slug == "pastaza" && p.Number == 1)
            .Select(p => new { p.Id, Commitment = db.Commitments.Where(c => c.ActionPlanId == p.Id && c.Code == "PZ-01").Select(c => c.Id).First() })
            .SingleAsync());
        var title = $"Taller de validación {Guid.NewGuid():N}"[..30];
        var reason = "Excede las competencias del gobierno provincial.";

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserSession.LaunchAsync(playwright);
        var admin = await BrowserSession.SignedInPageAsync(browser, baseAddress, DemoAccounts.AdminEmail);

        // 1. A workshop with its attendance: 12 people, 5 women and 7 men, 8 from civil society and 4 public servants.
        await admin.GotoAsync($"{baseAddress}/admin/plans/{plan.Id}/workshops/new");
        await admin.GetByLabel("Título", new() { Exact = true }).FillAsync(title);
        await admin.GetByLabel("Fecha", new() { Exact = true }).FillAsync("2024-11-28");
        await admin.GetByLabel("Lugar (opcional)").FillAsync("Puyo");
        await admin.GetByLabel("Propuestas", new() { Exact = true }).CheckAsync();
        await admin.GetByLabel("Hombres", new() { Exact = true }).FillAsync("7");
        await admin.GetByLabel("Mujeres", new() { Exact = true }).FillAsync("5");
        await admin.GetByLabel("Sociedad civil", new() { Exact = true }).FillAsync("8");
        await admin.GetByLabel("Sector público", new() { Exact = true }).FillAsync("4");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Guardar", Exact = true }).ClickAsync();
        await ExpectSavedAsync(admin, "/admin/workshops/");
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync(title);
        await admin.ScreenshotAsync(new() { Path = Path.Combine(screenshots, "cocreation-1-workshop-saved.png"), FullPage = true });

        // 2. A proposal from that workshop, selected and linked to PZ-01.
        await RecordProposalAsync(admin, baseAddress, plan.Id, "Taller", title, "Publicar en línea el avance de las obras viales con sus actas.");
        await admin.GetByLabel("Nueva etapa").SelectOptionAsync(new SelectOptionValue { Label = "Seleccionada" });
        await admin.GetByLabel("Se convirtió en el compromiso").SelectOptionAsync(plan.Commitment.ToString());
        await admin.GetByRole(AriaRole.Button, new() { Name = "Cambiar la etapa" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("«Seleccionada»");
        await admin.ScreenshotAsync(new() { Path = Path.Combine(screenshots, "cocreation-2-proposal-selected.png"), FullPage = true });

        // 3. A proposal from the online form, rejected: first without a reason (refused), then with one.
        await RecordProposalAsync(admin, baseAddress, plan.Id, "Formulario en línea", null, "Construir un aeropuerto internacional en Puyo.");
        await admin.GetByLabel("Nueva etapa").SelectOptionAsync(new SelectOptionValue { Label = "Descartada" });
        await admin.GetByRole(AriaRole.Button, new() { Name = "Cambiar la etapa" }).ClickAsync();
        await Assertions.Expect(admin.Locator(".error-summary")).ToContainTextAsync("Indique el motivo");
        await admin.ScreenshotAsync(new() { Path = Path.Combine(screenshots, "cocreation-3-rejection-needs-reason.png"), FullPage = true });
        await admin.GetByLabel("Motivo", new() { Exact = true }).FillAsync(reason);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Cambiar la etapa" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("«Descartada»");

        // 4. The public co-creation page: the new workshop's attendance, the plan's totals, and the funnel.
        var visitor = await (await BrowserSession.NewContextAsync(browser)).NewPageAsync();
        await visitor.GotoAsync($"{baseAddress}/pastaza/plans/1/co-creation");
        var html = await visitor.ContentAsync();
        await visitor.ScreenshotAsync(new() { Path = Path.Combine(screenshots, "cocreation-4-public-page.png"), FullPage = true });
        Assert.Contains(title, html, StringComparison.Ordinal);
        Assert.Contains("12 personas: 5 mujeres y 7 hombres", html, StringComparison.Ordinal);
        Assert.Contains("4 talleres, 66 personas: 34 mujeres y 32 hombres.", html, StringComparison.Ordinal);
        Assert.Matches("<tr><th scope=\"row\">Recibida</th><td[^>]* class=\"num\">2</td></tr>", html);
        Assert.Matches("<tr><th scope=\"row\">Seleccionada</th><td[^>]* class=\"num\">1</td></tr>", html);
        Assert.Contains("Fusionadas: 0. Descartadas: 1.", html, StringComparison.Ordinal);

        // 5. The ledger gives the reasoned answers.
        await visitor.GotoAsync($"{baseAddress}/pastaza/plans/1/proposals");
        await Assertions.Expect(visitor.GetByText(reason)).ToBeVisibleAsync();
        await Assertions.Expect(visitor.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^PZ-01 · ") })).ToBeVisibleAsync();
        await visitor.ScreenshotAsync(new() { Path = Path.Combine(screenshots, "cocreation-5-public-ledger.png"), FullPage = true });
        output.WriteLine($"Screenshots in {screenshots}");
    }

    private static async Task RecordProposalAsync(IPage admin, string baseAddress, int planId, string source, string? workshop, string text)
    {
        await admin.GotoAsync($"{baseAddress}/admin/plans/{planId}/proposals/new");
        await admin.GetByLabel("Origen").SelectOptionAsync(new SelectOptionValue { Label = source });
        if (workshop is not null)
        {
            await admin.GetByLabel("Taller (opcional)").SelectOptionAsync(new SelectOptionValue { Label = workshop });
        }

        await admin.GetByLabel("Propuesta", new() { Exact = true }).FillAsync(text);
        await admin.GetByLabel("Problema que aborda (opcional)").FillAsync("La ciudadanía no conoce el avance de los compromisos.");
        await admin.GetByLabel("Organización que la presentó (opcional)").FillAsync("Red Ciudadana de Pastaza");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Guardar la propuesta" }).ClickAsync();
        await ExpectSavedAsync(admin, "/admin/proposals/");
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("«Recibida»");
    }

    /// <summary>After a post → redirect → get the page is the record's edit page; otherwise the form came back, and its errors say why.</summary>
    private static async Task ExpectSavedAsync(IPage page, string path)
    {
        await page.WaitForLoadStateAsync();
        var url = new Uri(page.Url).AbsolutePath;
        Assert.True(url.StartsWith(path, StringComparison.Ordinal) && url.EndsWith("/edit", StringComparison.Ordinal), $"{url}: {await page.Locator("main").InnerTextAsync()}");
    }
}
