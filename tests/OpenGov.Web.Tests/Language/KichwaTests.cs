using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenGov.Core.ActionPlans;
using OpenGov.Web.Setup;
using OpenGov.Web.Tests.ActionPlans;
using OpenGov.Web.Tests.Admin;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Language;

/// <summary>
/// Kichwa as a language of the switch (ADR-038): content written in Kichwa shows where it exists, marked
/// lang="qu"; Spanish otherwise; the interface stays Spanish until SharedResource.qu.resx is translated.
/// The summaries here are placeholders, not Kichwa: no Kichwa text is invented for the tests.
/// </summary>
[Collection(WebTestCollection.Name)]
public class KichwaTests(OpenGovFactory factory)
{
    private const string KichwaCookie = "__Host-opengov.lang=c%3Des-EC%7Cuic%3Dqu-EC";
    private const string KichwaPlaceholder = "[resumen kichwa de prueba]";

    private HttpClient KichwaVisitor()
    {
        var client = factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.Add("Cookie", KichwaCookie);
        return client;
    }

    private async Task<TestPlan> PlanWithSummariesAsync(bool kichwaSummaries)
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 2);
        await factory.WithDbAsync(async db =>
        {
            var p = await db.ActionPlans.SingleAsync(x => x.Jurisdiction!.Slug == plan.Slug);
            p.Summary = "Resumen del plan en español.";
            p.SummaryQu = kichwaSummaries ? KichwaPlaceholder + " plan" : null;
            foreach (var c in await db.Commitments.Where(c => c.ActionPlanId == p.Id).ToListAsync())
            {
                c.Summary = $"Resumen en español de {c.Code}.";
                c.SummaryQu = kichwaSummaries && c.Code == plan.FirstCode ? KichwaPlaceholder : null;
            }

            return await db.SaveChangesAsync();
        });
        return plan;
    }

    [Fact]
    public void KichwaIsACultureThePlatformKnows()
    {
        // ICU knows qu-EC (CLDR "Quechua (Ecuador)"); the portal only takes its language code from it.
        var culture = CultureInfo.GetCultureInfo(LocalizationSetup.Kichwa, predefinedOnly: true);

        Assert.Equal("qu", culture.TwoLetterISOLanguageName);
    }

    [Fact]
    public async Task Switch_OffersKichwa_AndChoosingItKeepsSpanishFormatting()
    {
        var plan = await TestPlans.CreateAsync(factory);
        var client = factory.CreateAnonymousClient(followRedirects: false);
        var link = $"/language/qu-ec?returnUrl={Uri.EscapeDataString(plan.PlanUrl)}";

        var page = await client.GetStringAsync(plan.PlanUrl);
        var response = await client.GetAsync(link);

        Assert.Contains($"href=\"{link.Replace("&", "&amp;")}\" lang=\"qu\" hreflang=\"qu\" rel=\"nofollow\" class=\"language__option\">Kichwa</a>", page);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-opengov.lang=c%3Des-EC%7Cuic%3Dqu-EC", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Switch_BackToSpanishFromEnglish_SetsTheSpanishCookie()
    {
        // The links are lower-cased (/language/es-ec): the switch back to Spanish used to set no cookie at all.
        var plan = await TestPlans.CreateAsync(factory);
        var client = factory.CreateAnonymousClient(followRedirects: false);
        client.DefaultRequestHeaders.Add("Cookie", "__Host-opengov.lang=c%3Den%7Cuic%3Den");
        var link = $"/language/es-ec?returnUrl={Uri.EscapeDataString(plan.PlanUrl)}";

        var page = await client.GetStringAsync(plan.PlanUrl);
        var response = await client.GetAsync(link);

        Assert.Contains($"href=\"{link.Replace("&", "&amp;")}\" lang=\"es\"", page);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-opengov.lang=c%3Des-EC%7Cuic%3Des-EC", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Commitment_WithKichwaSummary_ShowsItFirstMarkedQu_InterfaceStaysSpanish()
    {
        var plan = await PlanWithSummariesAsync(kichwaSummaries: true);

        var html = await KichwaVisitor().GetStringAsync(plan.CommitmentUrl(plan.FirstCode));

        Assert.Contains($"<dd lang=\"qu\">{KichwaPlaceholder}</dd>", html);
        Assert.True(html.IndexOf(KichwaPlaceholder, StringComparison.Ordinal) < html.IndexOf($"Resumen en español de {plan.FirstCode}.", StringComparison.Ordinal),
            "The Kichwa summary comes before the Spanish one.");
        Assert.Contains("<html lang=\"es\">", html);
        Assert.Contains("Saltar al contenido principal", html);
        Assert.Contains("<span class=\"language__current\" lang=\"qu\" aria-current=\"true\">Kichwa</span>", html);
        Assert.Contains("21 de noviembre de 2024", await KichwaVisitor().GetStringAsync(plan.PlanUrl));
    }

    [Fact]
    public async Task Commitment_WithoutKichwaSummary_ShowsTheSpanishOne()
    {
        var plan = await PlanWithSummariesAsync(kichwaSummaries: false);
        var code = plan.FirstCode;

        var html = await KichwaVisitor().GetStringAsync(plan.CommitmentUrl(code));

        Assert.Contains($"Resumen en español de {code}.", html);
        Assert.DoesNotContain("lang=\"qu\">[", html);
        Assert.Contains("<html lang=\"es\">", html);
    }

    [Fact]
    public async Task Plan_KichwaSummaryForKichwaVisitors_SpanishForOthers()
    {
        var plan = await PlanWithSummariesAsync(kichwaSummaries: true);

        var kichwa = await KichwaVisitor().GetStringAsync(plan.PlanUrl);
        var spanish = await factory.CreateAnonymousClient().GetStringAsync(plan.PlanUrl);

        Assert.Contains($"<dd lang=\"qu\">{KichwaPlaceholder} plan</dd>", kichwa);
        Assert.DoesNotContain("Resumen del plan en español.", kichwa);
        Assert.Contains("Resumen del plan en español.", spanish);
        Assert.DoesNotContain(KichwaPlaceholder, spanish);
    }

    [Fact]
    public async Task Home_KichwaSummaryForKichwaVisitors_SpanishForOthers()
    {
        var plan = await PlanWithSummariesAsync(kichwaSummaries: true);

        var kichwa = await KichwaVisitor().GetStringAsync(plan.HomeUrl);
        var spanish = await factory.CreateAnonymousClient().GetStringAsync(plan.HomeUrl);

        Assert.Contains($"<p class=\"prose\" lang=\"qu\">{KichwaPlaceholder} plan</p>", kichwa);
        Assert.DoesNotContain("Resumen del plan en español.", kichwa);
        Assert.Contains("<p class=\"prose\" lang=\"es\">Resumen del plan en español.</p>", spanish);
    }

    [Fact]
    public async Task AdminPlanForm_SavesTheKichwaSummary()
    {
        var scenario = await AdminData.CreateAsync(factory);
        var url = $"/admin/plans/{scenario.PlanId}/edit";
        var version = await AdminData.VersionOfAsync<ActionPlan>(factory, scenario.PlanId);
        var form = await AdminData.Admin(factory).GetStringAsync(url);

        var response = await Forms.PostAsync(AdminData.Admin(factory), url, url, new Dictionary<string, string>
        {
            ["Title"] = "Plan " + scenario.Slug, ["Number"] = "1", ["PeriodStart"] = "2024-01-01", ["PeriodEnd"] = "2026-12-31",
            ["Status"] = "CoCreation", ["Summary"] = "Resumen.", ["SummaryQu"] = KichwaPlaceholder, ["Version"] = version.ToString(),
        });

        Assert.Contains("name=\"SummaryQu\"", form);
        Assert.Contains("lang=\"qu\"", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(KichwaPlaceholder, await AdminData.QueryAsync(factory, db => db.ActionPlans.Where(p => p.Id == scenario.PlanId).Select(p => p.SummaryQu).SingleAsync()));
    }
}
