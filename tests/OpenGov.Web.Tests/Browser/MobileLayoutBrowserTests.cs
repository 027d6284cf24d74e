using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using OpenGov.Core.Commitments;
using OpenGov.Core.Meetings;
using OpenGov.Web.Data.Seed;
using OpenGov.Web.Tests.Infrastructure;
using OpenGov.Web.Tests.ProgressUpdates;
using OpenGov.Web.Tests.Reminders;
using OpenGov.Web.Tests.Search;
using Xunit.Abstractions;

namespace OpenGov.Web.Tests.Browser;

/// <summary>
/// A phone in rural Pastaza (ADR-035): every public page type and each role's main pages at 320 px
/// and 390 px, JavaScript off, with nothing wider than the screen; and screenshots of the pages a
/// citizen and an official use most, at 390 px, kept in the test results for a person to look at.
/// </summary>
[Collection(WebTestCollection.Name)]
public sealed class MobileLayoutBrowserTests(BrowserFactory factory, ITestOutputHelper output) : IClassFixture<BrowserFactory>
{
    // Reports the document's width and the outermost elements that end to the right of the
    // screen (not those inside a box that clips them, such as visually hidden text or an SVG).
    private const string MeasureScript = """
        () => {
            const width = window.innerWidth;
            const describe = el => {
                const text = (el.innerText || el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 50);
                const cls = typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\s+/).join('.') : '';
                return `<${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${cls}> "${text}" right=${Math.round(el.getBoundingClientRect().right)}`;
            };
            const clipped = el => {
                for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
                    const o = getComputedStyle(a).overflowX;
                    if (o === 'hidden' || o === 'clip') return true;
                }
                return false;
            };
            const wide = new Set();
            for (const el of document.querySelectorAll('body *')) {
                const r = el.getBoundingClientRect();
                if (r.width > 0 && r.right > width + 1 && !clipped(el)) wide.add(el);
            }
            const outermost = [...wide].filter(el => !wide.has(el.parentElement)).slice(0, 8).map(describe);
            return JSON.stringify({ scrollWidth: document.documentElement.scrollWidth, width, wide: outermost });
        }
        """;

    private sealed record Measure(int ScrollWidth, int Width, string[] Wide);

    [Fact]
    public async Task EveryPageType_FitsThePhone_At320And390()
    {
        Assert.True(File.Exists(BrowserSession.ChromiumPath), "Install Debian's Chromium: apt-get install -y chromium");
        var baseAddress = factory.BaseAddress;
        var links = await LinksAsync();

        string[] publicPages =
        [
            "/", "/jurisdictions", "/quito", "/santo-domingo", "/pastaza/plans/1", "/quito/plans/2",
            "/pastaza/plans/1/commitments/pz-01", "/santo-domingo/plans/1/commitments/sd-01", "/santo-domingo/plans/1/commitments/sd-03",
            "/pastaza/plans/1/commitments/pz-01/milestones/1", "/pastaza/plans/1/compare",
            "/pastaza/reports", links.Report, "/pastaza/meetings", links.Meeting,
            "/pastaza/plans/1/co-creation", "/pastaza/plans/1/proposals", "/pastaza/suggestions", "/pastaza/open-data",
            "/api", "/accessibility", "/account/sign-in", "/account/register",
            "/search", "/search?q=a", "/search?q=partisipacion+ciudadana", "/pastaza/search?q=participacion&kind=Milestone",
            links.Unsubscribe, "/reminders/unsubscribe?token=not-a-token",
        ];
        (string Email, string[] Pages)[] roles =
        [
            (DemoAccounts.CitizenEmail, ["/account", "/account/two-factor", "/pastaza/plans/1/commitments/pz-01"]),
            (DemoAccounts.OfficialEmail, ["/my/milestones", $"/my/milestones/{links.OfficialMilestone}/report"]),
            (DemoAccounts.CommitteeEmail, ["/committee/verifications", "/committee/meetings", "/backoffice/suggestions"]),
            (DemoAccounts.MonitorEmail, ["/monitor/reports"]),
            (DemoAccounts.AdminEmail,
            [
                "/account", "/account/two-factor", "/admin", "/admin/plans", "/admin/commitments", "/admin/milestones", "/admin/institutions", "/admin/users",
                "/admin/workshops", "/admin/proposals", "/admin/moderation", $"/admin/plans/{links.PlanId}/import",
            ]),
        ];

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserSession.LaunchAsync(playwright);
        var signedIn = new Dictionary<string, string>();
        foreach (var (email, _) in roles)
        {
            var page = await BrowserSession.SignedInPageAsync(browser, baseAddress, email);
            signedIn[email] = await page.Context.StorageStateAsync();
            await page.Context.CloseAsync();
        }

        var failures = new List<string>();
        var checkedPages = 0;
        foreach (var width in new[] { 320, 390 })
        {
            var anonymous = await BrowserSession.NewContextAsync(browser, width, 800);
            checkedPages += await CheckAsync(anonymous, "visitor", publicPages);
            await anonymous.CloseAsync();
            foreach (var (email, pages) in roles)
            {
                var context = await browser.NewContextAsync(new()
                {
                    JavaScriptEnabled = false,
                    ViewportSize = new() { Width = width, Height = 800 },
                    StorageState = signedIn[email],
                });
                context.SetDefaultTimeout(90_000);
                context.SetDefaultNavigationTimeout(90_000);
                checkedPages += await CheckAsync(context, email, pages);
                await context.CloseAsync();
            }
        }

        output.WriteLine($"{checkedPages} pages measured at 320 px and 390 px.");
        Assert.True(failures.Count == 0, "Pages wider than the screen:\n" + string.Join("\n", failures));

        async Task<int> CheckAsync(IBrowserContext context, string who, IEnumerable<string> paths)
        {
            var page = await context.NewPageAsync();
            var count = 0;
            foreach (var path in paths)
            {
                var response = await page.GotoAsync(baseAddress + path);
                var width = page.ViewportSize!.Width;
                if (response is null || !response.Ok)
                {
                    failures.Add($"{width} px {who} {path}: HTTP {response?.Status}");
                    continue;
                }

                var measure = JsonSerializer.Deserialize<Measure>(await page.EvaluateAsync<string>(MeasureScript), JsonOptions)!;
                if (measure.ScrollWidth > measure.Width || measure.Wide.Length > 0)
                {
                    failures.Add($"{width} px {who} {path}: page {measure.ScrollWidth} px wide; {string.Join("; ", measure.Wide)}");
                }

                count++;
            }

            await page.CloseAsync();
            return count;
        }
    }

    [Fact]
    public async Task Screenshots_At390_OfHomePlanCommitmentMilestoneAndMyMilestones()
    {
        Assert.True(File.Exists(BrowserSession.ChromiumPath), "Install Debian's Chromium: apt-get install -y chromium");
        var baseAddress = factory.BaseAddress;
        var folder = Path.Combine(TestResultsDirectory(), "screenshots-390");
        Directory.CreateDirectory(folder);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserSession.LaunchAsync(playwright);
        var phone = await (await BrowserSession.NewContextAsync(browser, 390, 844)).NewPageAsync();

        async Task ShotAsync(IPage page, string path, string name)
        {
            var response = await page.GotoAsync(baseAddress + path);
            Assert.True(response?.Ok, $"{path}: HTTP {response?.Status}");
            var file = Path.Combine(folder, name);
            await page.ScreenshotAsync(new() { Path = file, FullPage = true });
            Assert.True(new FileInfo(file).Length > 0, file);
        }

        await ShotAsync(phone, "/", "home.png");
        // The home page answers on the first screen (ADR-037): the plan, its progress, the milestone
        // tally and the next committee meeting all end above the fold of a 390 × 844 phone.
        foreach (var selector in new[] { "#plan-heading", "#plan-coverage", ".glance .tally", "#next-meeting-heading", ".glance--meeting time" })
        {
            var shown = await phone.Locator(selector).First.BoundingBoxAsync();
            Assert.True(shown is not null && shown.Y + shown.Height <= 844, $"{selector} ends at {shown?.Y + shown?.Height} px, below the first screen (844 px).");
        }
        await ShotAsync(phone, "/pastaza/plans/1", "plan.png");
        await ShotAsync(phone, "/pastaza/plans/1/commitments/pz-01", "commitment.png");

        // On a phone the milestone table is a list of boxes; status and both percentages are on screen.
        // (The milestones' table, not the progress chart's figures above it.)
        var firstRow = phone.Locator("section[aria-labelledby='milestones-heading'] table.table tbody tr").First;
        foreach (var label in new[] { "Estado", "Reportado por el gobierno", "Verificado por el" })
        {
            var cell = firstRow.Locator($"td[data-label^='{label}']");
            await cell.ScrollIntoViewIfNeededAsync();
            await Assertions.Expect(cell).ToBeInViewportAsync(new() { Ratio = 1 });
        }

        await ShotAsync(phone, "/pastaza/plans/1/commitments/pz-01/milestones/1", "milestone.png");
        await ShotAsync(phone, "/pastaza/plans/1/co-creation", "co-creation.png");

        var official = await BrowserSession.SignedInPageAsync(browser, baseAddress, DemoAccounts.OfficialEmail);
        await official.SetViewportSizeAsync(390, 844);
        await ShotAsync(official, "/my/milestones", "my-milestones.png");
        // The action of each row is on the screen, not off to the side.
        var report = official.GetByRole(AriaRole.Link, new() { Name = "Reportar avance" }).First;
        await report.ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(report).ToBeInViewportAsync(new() { Ratio = 1 });
        var box = await report.BoundingBoxAsync();
        Assert.True(box is not null && box.X + box.Width <= 390, $"\"Reportar avance\" ends at {box?.X + box?.Width} px on a 390 px screen.");

        output.WriteLine($"Screenshots in {folder}");
    }

    [Fact]
    public async Task Print_PlanAndMilestone_ContentOnlyBarsWithBorderEvidenceWithItsAddress()
    {
        Assert.True(File.Exists(BrowserSession.ChromiumPath), "Install Debian's Chromium: apt-get install -y chromium");
        var baseAddress = factory.BaseAddress;
        var folder = Path.Combine(TestResultsDirectory(), "print");
        Directory.CreateDirectory(folder);

        // A milestone of a plan of its own with a PDF as evidence.
        var plan = await OfficialPlan.CreateAsync(factory);
        var client = plan.Official(factory);
        client.BaseAddress = new Uri(baseAddress); // the Kestrel port, not the in-memory default
        var url = OfficialPlan.ReportUrl(plan.OpenMilestoneId);
        var form = await ReportForm.OpenAsync(client, url);
        var saved = await form.With("Progress", "60").With("Status", "InProgress").With("Narrative", "Con el acta firmada.")
            .WithFile("acta.pdf", ReportForm.Pdf("Acta"), "application/pdf").PostAsync(client, url);
        // Over a real socket the client follows the redirect to "Mis hitos"; the evidence row proves the save.
        Assert.True(saved.IsSuccessStatusCode || saved.StatusCode == HttpStatusCode.Redirect, $"HTTP {saved.StatusCode}");
        var fileId = await factory.WithDbAsync(db => db.EvidenceFiles.AsNoTracking()
            .Where(f => db.ProgressUpdates.Any(u => u.Id == f.ProgressUpdateId && u.MilestoneId == plan.OpenMilestoneId))
            .Select(f => f.Id).SingleAsync());

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserSession.LaunchAsync(playwright);
        // About the width of an A4 page at 96 dpi, so the screenshots look like the paper.
        var page = await (await BrowserSession.NewContextAsync(browser, 720, 1000)).NewPageAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        foreach (var (path, name) in new[] { (plan.Plan.PlanUrl, "plan"), (plan.Plan.MilestoneUrl(plan.Plan.FirstCode, 2), "milestone"), ("/pastaza/plans/1/commitments/pz-01", "commitment") })
        {
            await page.GotoAsync(baseAddress + path);
            foreach (var furniture in new[] { ".site-nav", ".site-header__tools", ".breadcrumbs", ".site-footer__links", "main form" })
            {
                foreach (var element in await page.Locator(furniture).AllAsync())
                {
                    Assert.False(await element.IsVisibleAsync(), $"{path}: {furniture} is printed.");
                }
            }

            // Progress bars keep a black border and their number in black and white.
            var bar = page.Locator(".progress__bar").First;
            Assert.Equal("1px", await bar.EvaluateAsync<string>("el => getComputedStyle(el).borderTopWidth"));
            await Assertions.Expect(page.Locator(".progress__value").First).ToBeVisibleAsync();
            await page.PdfAsync(new() { Path = Path.Combine(folder, name + ".pdf"), Format = "A4", PrintBackground = false });
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });
        }

        // The evidence's full address follows its link text on paper.
        var evidence = page.Locator($".evidence-list a[href^='/evidence/{fileId}/']");
        await page.GotoAsync(baseAddress + plan.Plan.MilestoneUrl(plan.Plan.FirstCode, 2));
        var printed = await evidence.EvaluateAsync<string>("el => getComputedStyle(el, '::after').content");
        Assert.Contains($"{baseAddress}/evidence/{fileId}/acta.pdf", printed, StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "milestone-with-evidence.png"), FullPage = true });
        output.WriteLine($"PDFs in {folder}");
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    /// <summary>The results folder ./test.sh collects (.data/test-results), found from the test binaries.</summary>
    private static string TestResultsDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OpenGov.sln")))
            {
                return Path.Combine(dir.FullName, ".data", "test-results");
            }
        }

        return Path.Combine(AppContext.BaseDirectory, "TestResults");
    }

    private sealed record Links(string Report, string Meeting, int OfficialMilestone, int PlanId, string Unsubscribe);

    private async Task<Links> LinksAsync()
    {
        // The misspelt search shows its correction only once the list of words is built (ADR-046).
        await SearchData.RefreshWordsAsync(factory);
        var unsubscribe = await ReminderData.UnsubscribePathAsync(factory, DemoAccounts.OfficialEmail);
        return await factory.WithDbAsync(async db =>
        {
            var pastaza = await db.Jurisdictions.AsNoTracking().Where(j => j.Slug == "pastaza").Select(j => j.Id).SingleAsync();
            var plan = await db.ActionPlans.AsNoTracking().Where(p => p.JurisdictionId == pastaza && p.Number == 1).Select(p => p.Id).SingleAsync();
            var report = await db.MonitoringReports.AsNoTracking()
                .Where(r => r.PublishedAt != null && r.ActionPlanId == plan).Select(r => r.Id).FirstAsync();
            var meeting = await db.CommitteeMeetings.AsNoTracking()
                .Where(m => m.JurisdictionId == pastaza && m.Status != MeetingStatus.Draft).Select(m => m.Id).FirstAsync();
            var milestone = await db.Milestones.AsNoTracking()
                .Where(m => m.Commitment!.Code == "PZ-01" && m.Status == MilestoneStatus.InProgress
                    && m.ResponsibleInstitution!.Name == "Gobierno Autónomo Descentralizado Provincial de Pastaza")
                .OrderBy(m => m.Order).Select(m => m.Id).FirstAsync();
            return new Links($"/pastaza/reports/{report}", $"/pastaza/meetings/{meeting}", milestone, plan, unsubscribe);
        });
    }
}
