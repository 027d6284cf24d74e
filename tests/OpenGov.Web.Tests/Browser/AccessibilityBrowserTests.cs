using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using OpenGov.Core.Commitments;
using OpenGov.Web.Data.Seed;
using OpenGov.Web.Tests.Infrastructure;
using OpenGov.Web.Tests.Reminders;
using OpenGov.Web.Tests.Search;
using Xunit.Abstractions;

namespace OpenGov.Web.Tests.Browser;

/// <summary>
/// axe-core on every public page type and each role's main pages, on a phone (390 px) and a laptop
/// (1280 px): no critical or serious violation. A failure lists every violation with the page, the
/// rule and the elements it found. JavaScript is on only because axe runs as a script (its timers
/// never fire in a page with scripts disabled); the portal's only script moves focus (ADR-036).
/// </summary>
[Collection(WebTestCollection.Name)]
public sealed class AccessibilityBrowserTests(BrowserFactory factory, ITestOutputHelper output) : IClassFixture<BrowserFactory>
{
    private static readonly string[] Blocking = ["critical", "serious"];

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task PublicPages_HaveNoCriticalOrSeriousViolations(int width)
    {
        Assert.True(File.Exists(BrowserSession.ChromiumPath), "Install Debian's Chromium: apt-get install -y chromium");
        var baseAddress = factory.BaseAddress;
        var ids = await factory.WithDbAsync(async db => new
        {
            Milestone = await db.Milestones.AsNoTracking()
                .Where(m => m.Commitment!.Code == "PZ-01").OrderBy(m => m.Order).Select(m => m.Order).FirstAsync(),
            Report = await db.MonitoringReports.AsNoTracking()
                .Where(r => r.Status == OpenGov.Core.Monitoring.ReportStatus.Published && db.ActionPlans.Any(p => p.Id == r.ActionPlanId && p.Jurisdiction!.Slug == "pastaza"))
                .OrderBy(r => r.Id).Select(r => r.Id).FirstAsync(),
            Meeting = await db.CommitteeMeetings.AsNoTracking()
                .Where(m => db.Jurisdictions.Any(j => j.Id == m.JurisdictionId && j.Slug == "pastaza")).OrderBy(m => m.Id).Select(m => m.Id).FirstAsync(),
        });

        // The misspelt search shows its correction only once the list of words is built (ADR-046).
        await SearchData.RefreshWordsAsync(factory);
        var unsubscribe = await ReminderData.UnsubscribePathAsync(factory, DemoAccounts.OfficialEmail);

        string[] paths =
        [
            "/",
            "/jurisdictions",
            "/pastaza/plans/1",
            "/pastaza/plans/1/commitments/pz-01",
            $"/pastaza/plans/1/commitments/pz-01/milestones/{ids.Milestone}",
            "/pastaza/reports",
            $"/pastaza/reports/{ids.Report}",
            "/pastaza/meetings",
            $"/pastaza/meetings/{ids.Meeting}",
            "/pastaza/plans/1/co-creation",
            "/pastaza/plans/1/proposals",
            "/pastaza/open-data",
            "/api",
            "/pastaza/plans/1/compare",
            "/santo-domingo/plans/1",
            "/account/sign-in",
            "/pastaza/plans/1/commitments/no-such-commitment",
            "/search?q=partisipacion+ciudadana",
            "/search?q=a",
            unsubscribe,
            "/reminders/unsubscribe?token=not-a-token",
        ];

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserSession.LaunchAsync(playwright);
        var page = await (await NewContextAsync(browser, width)).NewPageAsync();
        var found = new StringBuilder();
        foreach (var path in paths)
        {
            await AnalyseAsync(page, baseAddress + path, width, found);
        }

        Assert.True(found.Length == 0, $"axe found critical or serious violations at {width} px:\n{found}");
    }

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task RolePages_HaveNoCriticalOrSeriousViolations(int width)
    {
        Assert.True(File.Exists(BrowserSession.ChromiumPath), "Install Debian's Chromium: apt-get install -y chromium");
        var baseAddress = factory.BaseAddress;
        var ids = await factory.WithDbAsync(async db => new
        {
            Milestone = await db.Milestones.AsNoTracking()
                .Where(m => m.Commitment!.Code == "PZ-01" && m.Status == MilestoneStatus.InProgress
                    && m.ResponsibleInstitution!.Name == "Gobierno Autónomo Descentralizado Provincial de Pastaza")
                .OrderBy(m => m.Order).Select(m => m.Id).FirstAsync(),
            Plan = await db.ActionPlans.AsNoTracking()
                .Where(p => p.Jurisdiction!.Slug == "pastaza").OrderBy(p => p.Number).Select(p => p.Id).FirstAsync(),
        });

        (string Email, string[] Paths)[] roles =
        [
            (DemoAccounts.CitizenEmail, ["/account", "/account/two-factor"]),
            (DemoAccounts.OfficialEmail, ["/my/milestones", $"/my/milestones/{ids.Milestone}/report"]),
            (DemoAccounts.CommitteeEmail, ["/committee/verifications", "/committee/meetings"]),
            (DemoAccounts.MonitorEmail, ["/monitor/reports", $"/monitor/plans/{ids.Plan}/reports/new"]),
            (DemoAccounts.AdminEmail, ["/account", "/account/two-factor", "/admin", "/admin/plans", "/admin/commitments"]),
        ];

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserSession.LaunchAsync(playwright);
        var found = new StringBuilder();
        foreach (var (email, paths) in roles)
        {
            var page = await SignInAsync(browser, baseAddress, email, width);
            foreach (var path in paths)
            {
                await AnalyseAsync(page, baseAddress + path, width, found);
            }

            await page.Context.CloseAsync();
        }

        Assert.True(found.Length == 0, $"axe found critical or serious violations at {width} px:\n{found}");
    }

    /// <summary>
    /// Every element Tab reaches (header, language and account menus, navigation, body links,
    /// buttons, fields, footer) shows its text at 4.5:1 or more against its focus background.
    /// Header and menu links used to keep white text on the yellow band (1.48:1).
    /// </summary>
    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task SecondFactorSteps_HaveNoCriticalOrSeriousViolations(int width)
    {
        Assert.True(File.Exists(BrowserSession.ChromiumPath), "Install Debian's Chromium: apt-get install -y chromium");
        var baseAddress = factory.BaseAddress;
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserSession.LaunchAsync(playwright);
        var page = await (await NewContextAsync(browser, width)).NewPageAsync();
        var found = new StringBuilder();

        // Twice: the first sign-in of the admin in this host enrols (or asks for the code, when another
        // test enrolled it first); after signing out, the second always asks for the code.
        for (var round = 0; round < 2; round++)
        {
            await SubmitPasswordAsync(page, baseAddress, DemoAccounts.AdminEmail);
            await page.GetByLabel("Código de la aplicación").WaitForAsync();
            await AnalyseCurrentAsync(page, width, found);
            await BrowserSecondFactor.CompleteAsync(page, baseAddress, DemoAccounts.AdminEmail);
            await page.GetByRole(AriaRole.Button, new() { Name = "Cerrar sesión" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Iniciar sesión" }).First).ToBeVisibleAsync();
        }

        Assert.True(found.Length == 0, $"axe found critical or serious violations at {width} px:\n{found}");
    }

    [Theory]
    [InlineData("/pastaza/plans/1")]
    [InlineData("/account/sign-in")]
    public async Task Focus_EveryTabStop_IsReadable(string path)
    {
        Assert.True(File.Exists(BrowserSession.ChromiumPath), "Install Debian's Chromium: apt-get install -y chromium");
        var baseAddress = factory.BaseAddress;
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserSession.LaunchAsync(playwright);
        var page = await SignInAsync(browser, baseAddress, DemoAccounts.AdminEmail, 1280);
        await page.GotoAsync(baseAddress + path);

        var unreadable = new List<string>();
        var stops = 0;
        for (var i = 0; i < 250; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var stop = await page.EvaluateAsync<FocusStop?>(FocusContrastScript);
            if (stop is null)
            {
                break; // back to the document: every stop was seen
            }

            stops++;
            if (stop.Ratio < 4.5)
            {
                unreadable.Add($"{stop.Element} \"{stop.Text}\": {stop.Color} on {stop.Background} = {stop.Ratio:0.00}:1");
            }
        }

        output.WriteLine($"{stops} tab stops on {path}");
        Assert.True(stops > 10, $"Only {stops} tab stops on {path}");
        Assert.True(unreadable.Count == 0, $"Focused elements below 4.5:1 on {path}:\n{string.Join('\n', unreadable)}");
    }

    /// <summary>
    /// Links that stand alone are at least 24 × 24 CSS px (WCAG 2.2, 2.5.8): "Olvidé mi contraseña"
    /// on the sign-in page and the edit/addendum link of each meeting in the committee's list.
    /// </summary>
    [Fact]
    public async Task Targets_StandAloneLinks_AreAtLeast24Px()
    {
        Assert.True(File.Exists(BrowserSession.ChromiumPath), "Install Debian's Chromium: apt-get install -y chromium");
        var baseAddress = factory.BaseAddress;
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserSession.LaunchAsync(playwright);
        var small = new List<string>();

        var visitor = await (await NewContextAsync(browser, 390)).NewPageAsync();
        await visitor.GotoAsync(baseAddress + "/account/sign-in");
        await CollectSmallAsync(visitor.GetByRole(AriaRole.Link, new() { Name = "Olvidé mi contraseña" }), small);

        var member = await SignInAsync(browser, baseAddress, DemoAccounts.CommitteeEmail, 390);
        await member.GotoAsync(baseAddress + "/committee/meetings");
        var controls = member.Locator("table td a");
        Assert.True(await controls.CountAsync() > 0, "The committee's meeting list has no controls to measure.");
        await CollectSmallAsync(controls, small);

        Assert.True(small.Count == 0, "Targets under 24 × 24 px:\n" + string.Join('\n', small));
    }

    private static async Task CollectSmallAsync(ILocator targets, List<string> small)
    {
        for (var i = 0; i < await targets.CountAsync(); i++)
        {
            var target = targets.Nth(i);
            var box = await target.BoundingBoxAsync();
            if (box is null || box.Width < 24 || box.Height < 24)
            {
                small.Add($"\"{await target.InnerTextAsync()}\": {box?.Width:0.#} × {box?.Height:0.#}");
            }
        }
    }

    /// <summary>What is focused, its text and its colours; null when focus is back on the document.</summary>
    private sealed class FocusStop
    {
        public string Element { get; set; } = "";
        public string Text { get; set; } = "";
        public string Color { get; set; } = "";
        public string Background { get; set; } = "";
        public double Ratio { get; set; }
    }

    // WCAG relative luminance of the focused element's text colour against the first opaque
    // background at or above it.
    private const string FocusContrastScript = """
        () => {
            const e = document.activeElement;
            if (!e || e === document.body || e === document.documentElement) return null;
            const parse = c => (c.match(/[\d.]+/g) || []).map(Number);
            const lum = c => {
                const [r, g, b] = parse(c).slice(0, 3).map(v => { v /= 255; return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
                return 0.2126 * r + 0.7152 * g + 0.0722 * b;
            };
            let bg = 'rgb(255, 255, 255)';
            for (let n = e; n && n.nodeType === 1; n = n.parentElement) {
                const c = getComputedStyle(n).backgroundColor;
                const p = parse(c);
                if (p.length < 4 || p[3] > 0) { bg = c; break; }
            }
            const fg = getComputedStyle(e).color;
            const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a);
            const label = (e.innerText || e.value || e.getAttribute('aria-label') || '').trim().slice(0, 40);
            return { element: e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ').join('.') : ''), text: label, color: fg, background: bg, ratio: (hi + 0.05) / (lo + 0.05) };
        }
        """;

    /// <summary>A context like the shared one (same timeouts) but with scripts on.</summary>
    internal static async Task<IBrowserContext> NewContextAsync(IBrowser browser, int width)
    {
        var context = await browser.NewContextAsync(new() { JavaScriptEnabled = true, ViewportSize = new() { Width = width, Height = 900 } });
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        return context;
    }

    /// <summary>The real sign-in form at the given width (the shared helper signs in at 1280 px only).</summary>
    internal static async Task<IPage> SignInAsync(IBrowser browser, string baseAddress, string email, int width)
    {
        var page = await (await NewContextAsync(browser, width)).NewPageAsync();
        await SubmitPasswordAsync(page, baseAddress, email);
        await BrowserSecondFactor.CompleteAsync(page, baseAddress, email);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Cerrar sesión" })).ToBeVisibleAsync();
        return page;
    }

    /// <summary>The sign-in form's first step: e-mail and password sent.</summary>
    private static async Task SubmitPasswordAsync(IPage page, string baseAddress, string email)
    {
        await page.GotoAsync($"{baseAddress}/account/sign-in");
        await page.GetByLabel("Correo electrónico").FillAsync(email);
        await page.GetByLabel("Contraseña", new() { Exact = true }).FillAsync(BrowserSession.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Iniciar sesión" }).ClickAsync();
    }

    private async Task AnalyseAsync(IPage page, string url, int width, StringBuilder found)
    {
        var response = await page.GotoAsync(url);
        output.WriteLine($"{width} px {url}: HTTP {response?.Status}");
        await AnalyseCurrentAsync(page, width, found);
    }

    /// <summary>The page as it is now (a step of a flow that cannot be opened by its address alone).</summary>
    private async Task AnalyseCurrentAsync(IPage page, int width, StringBuilder found)
    {
        var url = new Uri(page.Url).PathAndQuery;
        output.WriteLine($"{width} px {url}: analysed");
        var result = await page.RunAxe().WaitAsync(TimeSpan.FromMinutes(2));
        foreach (var violation in result.Violations.Where(v => Blocking.Contains(v.Impact)))
        {
            found.AppendLine($"- {url} [{violation.Impact}] {violation.Id}: {violation.Help}");
            foreach (var node in violation.Nodes.Take(8))
            {
                var html = node.Html.Length > 160 ? node.Html[..160] + "…" : node.Html;
                found.AppendLine($"    {node.Target}: {html}");
            }
        }
    }
}
