using System.Globalization;
using System.Net;
using OpenGov.Core.Commitments;
using Microsoft.EntityFrameworkCore;
using OpenGov.Web.Tests.Infrastructure;
using OpenGov.Web.Tests.ProgressUpdates;
using OpenGov.Web.Tests.Verifications;

namespace OpenGov.Web.Tests.ActionPlans;

/// <summary>
/// The plan's "compare two dates" page: the headline on both days and the commitments and milestones that
/// moved between them, an empty state when nothing did, and a clear message for days it cannot compare.
/// </summary>
[Collection(WebTestCollection.Name)]
public class PlanCompareTests(OpenGovFactory factory)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task Compare_YesterdayToToday_ShowsTheMilestoneThatMovedAndTheOneThatSlipped()
    {
        var plan = await OfficialPlan.CreateAsync(factory);
        var reviewer = (await VerificationData.CommitteeMemberAsync(factory, plan.Plan)).Id;

        // Today: milestone 2 is reported at 90 % and verified; milestone 3 (due five days ago) is re-planned to mid-2027.
        var update = await VerificationData.AddUpdateAsync(factory, plan.Plan, 2, 90, DateTime.UtcNow, "Informe de hoy.");
        await factory.WithDbAsync(async db =>
        {
            (await db.ProgressUpdates.SingleAsync(u => u.Id == update)).Verify(reviewer, VerificationVerdict.Verified, null, DateTime.UtcNow);
            await db.SaveChangesAsync();
        });
        var official = plan.Official(factory);
        var replan = OfficialPlan.ReplanUrl(plan.MilestoneIds[2]);
        var form = await ReportForm.OpenAsync(official, replan);
        Assert.Equal(HttpStatusCode.Redirect, (await form.With("CurrentStart", "2026-01-01").With("CurrentEnd", "2027-06-30")
            .With("Reason", "Cambio de autoridades.").PostAsync(official, replan)).StatusCode);

        var response = await factory.CreateAnonymousClient().GetAsync($"{plan.Plan.PlanUrl}/compare?from={Iso(Today.AddDays(-1))}&to={Iso(Today)}");
        var page = VerificationData.Flatten(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Reportado por el gobierno 62 % 78 % +16 puntos", page, StringComparison.Ordinal);
        Assert.Contains("Reportado: 62 % → 78 % (+16 puntos)", page, StringComparison.Ordinal);
        Assert.Contains("2. Plataforma en funcionamiento 50 % → 90 % — → 90 %", page, StringComparison.Ordinal);
        Assert.Contains("Verificado", Row(page, "2. Plataforma en funcionamiento"), StringComparison.Ordinal);
        Assert.Contains("→ 30 de junio de 2027 Fecha de fin atrasada", Row(page, "3. Mesas de diálogo realizadas"), StringComparison.Ordinal);
        Assert.DoesNotContain("Diagnóstico publicado", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_NothingChangedBetweenTheDays_SaysSo()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);

        var page = VerificationData.Flatten(await factory.CreateAnonymousClient()
            .GetStringAsync($"{plan.PlanUrl}/compare?from={Iso(Today.AddDays(-2))}&to={Iso(Today.AddDays(-1))}"));

        Assert.Contains("Nada cambió entre el", page, StringComparison.Ordinal);
        Assert.Contains("Reportado por el gobierno 62 % 62 % 0 puntos", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-13-01", "", "«2025-13-01» no es una fecha: escríbala como AAAA-MM-DD")]
    [InlineData("", "2999-01-01", "El 2999-01-01 es posterior a hoy: solo pueden compararse días hasta hoy.")]
    [InlineData("2025-06-30", "2025-06-01", "El primer día (2025-06-30) es posterior al segundo (2025-06-01): elija primero el día más antiguo.")]
    public async Task Compare_DaysItCannotCompare_Is400WithTheReasonAndTheFormBack(string from, string to, string message)
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);

        var response = await factory.CreateAnonymousClient().GetAsync($"{plan.PlanUrl}/compare?from={from}&to={to}");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Hay un problema", html, StringComparison.Ordinal);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains("name=\"from\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Compromisos e hitos que cambiaron", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlanPage_LinksToTheComparisonOfTheLast30Days_WithoutScript()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);

        var html = await factory.CreateAnonymousClient().GetStringAsync(plan.PlanUrl);

        Assert.Contains($"<form method=\"get\" class=\"filters\" action=\"{plan.PlanUrl}/compare\"", html, StringComparison.Ordinal);
        Assert.Contains($"name=\"from\" class=\"input input--date\" value=\"{Iso(Today.AddDays(-30))}\"", html, StringComparison.Ordinal);
        Assert.Contains($"name=\"to\" class=\"input input--date\" value=\"{Iso(Today)}\"", html, StringComparison.Ordinal);

        // The defaults work as they are: the last 30 days, from the report four days ago.
        var page = VerificationData.Flatten(await factory.CreateAnonymousClient().GetStringAsync($"{plan.PlanUrl}/compare"));
        Assert.Contains("Reportado: 0 % → 62 % (+62 puntos)", page, StringComparison.Ordinal);
        Assert.Contains("2. Plataforma en funcionamiento 0 % → 50 %", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_InEnglish()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        var client = factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.Add("Cookie", "__Host-opengov.lang=c%3Den%7Cuic%3Den");

        var page = VerificationData.Flatten(await client.GetStringAsync($"{plan.PlanUrl}/compare?from={Iso(Today.AddDays(-30))}"));
        var error = VerificationData.Flatten(await (await client.GetAsync($"{plan.PlanUrl}/compare?from=2999-01-01")).Content.ReadAsStringAsync());

        Assert.Contains("What changed", page, StringComparison.Ordinal);
        Assert.Contains("Overall progress of the plan from", page, StringComparison.Ordinal);
        Assert.Contains("Commitments and milestones that changed", page, StringComparison.Ordinal);
        Assert.Contains("Reported: 0% → 62% (+62 points)", page, StringComparison.Ordinal);
        Assert.Contains("2999-01-01 is after today: only days up to today can be compared.", error, StringComparison.Ordinal);
    }

    private static string Row(string page, string start)
    {
        var at = page.IndexOf(start, StringComparison.Ordinal);
        Assert.True(at >= 0, $"no row {start}");
        return page.Substring(at, Math.Min(160, page.Length - at));
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
