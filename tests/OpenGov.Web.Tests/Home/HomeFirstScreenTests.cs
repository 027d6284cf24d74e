using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OpenGov.Core.ActionPlans;
using OpenGov.Core.Jurisdictions;
using OpenGov.Core.Meetings;
using OpenGov.Web.Tests.ActionPlans;
using OpenGov.Web.Tests.Infrastructure;
using OpenGov.Web.Tests.OpenData;
using OpenGov.Web.Tests.Verifications;

namespace OpenGov.Web.Tests.Home;

/// <summary>
/// The home page answers "how is the plan going?" before anything else (ADR-037): the plan's name, reported and
/// verified progress with the commitments they rest on, how many milestones are on time, late and done, and the
/// next committee meeting, all ahead of the cards, the lists and the plan's long summary.
/// </summary>
[Collection(WebTestCollection.Name)]
public partial class HomeFirstScreenTests(OpenGovFactory factory)
{
    // TestPlans, two commitments with one extra milestone each: per commitment one done (100 %, completed), one
    // due in ten days at 50 % (on time, at risk: behind the linear schedule), one past its end at 10 % (late) and
    // one not started that ends in 200 days (on time).
    private const int OnTime = 4, AtRisk = 2, Late = 2, Done = 2;

    [Fact]
    public async Task Home_GeneratedPlan_ShowsNameProgressCoverageAndHandCountedMilestonesFirst()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 2, extraMilestones: 1);
        var html = WebUtility.HtmlDecode(await factory.CreateAnonymousClient().GetStringAsync(plan.HomeUrl));
        var text = VerificationData.Flatten(html);

        Assert.Contains("<h2 id=\"plan-heading\"", html, StringComparison.Ordinal);
        Assert.Contains("Plan de acción de prueba 2024–2027", Before(html, "commitments-heading"), StringComparison.Ordinal);
        Assert.Contains("Reportado por el gobierno", Before(html, "commitments-heading"), StringComparison.Ordinal);
        Assert.Contains("Verificado por el Comité de Prueba Sin verificar", text, StringComparison.Ordinal);
        Assert.Contains("Basado en 2 de 2 compromisos con avances; el Comité de Prueba verificó avances de 0.", text, StringComparison.Ordinal);
        Assert.Equal((OnTime, Late, Done), Tally(html));
        Assert.Contains($"{AtRisk} de los hitos a tiempo están en riesgo de retrasarse.", text, StringComparison.Ordinal);

        // The first screen comes first: figures and meeting before the cards, the plan's summary after them.
        var meeting = html.IndexOf("id=\"next-meeting-heading\"", StringComparison.Ordinal);
        Assert.InRange(html.IndexOf("data-tally=\"late\"", StringComparison.Ordinal), 0, meeting);
        Assert.InRange(meeting, 0, html.IndexOf("id=\"commitments-heading\"", StringComparison.Ordinal));
        Assert.True(html.IndexOf("Resumen del plan de prueba.", StringComparison.Ordinal) > html.IndexOf("id=\"commitments-heading\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Home_Figures_EqualThePlanPageAndTheOpenDataSchedule()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 3, extraMilestones: 1);
        var client = factory.CreateAnonymousClient();
        var home = WebUtility.HtmlDecode(await client.GetStringAsync(plan.HomeUrl));
        var planPage = WebUtility.HtmlDecode(await client.GetStringAsync(plan.PlanUrl));
        var csv = await OpenDataFiles.CsvAsync(client, $"/{plan.Slug}/open-data/milestones.csv");

        var states = csv.Rows.Select(r => r[csv.IndexOf("schedule_state")]).ToList();
        var fromFile = (states.Count(s => s is "OnTrack" or "AtRisk"), states.Count(s => s == "Overdue"), states.Count(s => s is "Completed" or "CompletedDateUnknown"));
        Assert.Equal((6, 3, 3), fromFile);
        Assert.Equal(fromFile, Tally(home));
        Assert.Equal(fromFile, Tally(planPage));
        Assert.Equal(Reported(planPage, "progress-heading"), Reported(home, "plan-heading"));
    }

    [Fact]
    public async Task Home_NextMeeting_ShowsDatePlaceAndLinkAboveTheCards()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        var date = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(12);
        var meetingId = await factory.WithDbAsync(async db =>
        {
            var jurisdictionId = db.Jurisdictions.Single(j => j.Slug == plan.Slug).Id;
            var meeting = CommitteeMeeting.Create(jurisdictionId, null, new MeetingDetails(
                "Sesión ordinaria de prueba", date, new TimeOnly(9, 30), "Casa de la Cultura, Puyo", null, true,
                "1. Hitos vencidos", null, null, null, null), DateTime.UtcNow);
            meeting.Announce(DateTime.UtcNow);
            db.CommitteeMeetings.Add(meeting);
            await db.SaveChangesAsync();
            return meeting.Id;
        });

        var html = WebUtility.HtmlDecode(await factory.CreateAnonymousClient().GetStringAsync(plan.HomeUrl));
        var first = Before(html, "commitments-heading");

        Assert.Contains("Próxima reunión del Comité de Prueba", first, StringComparison.Ordinal);
        Assert.Contains($"<time datetime=\"{date:yyyy-MM-dd}\">", first, StringComparison.Ordinal);
        Assert.Contains("09:30 · Casa de la Cultura, Puyo", first, StringComparison.Ordinal);
        Assert.Contains($"href=\"/{plan.Slug}/meetings/{meetingId}\">Sesión ordinaria de prueba</a>", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_NoUpcomingMeeting_SaysSoAndLinksPastMinutes()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);

        var html = WebUtility.HtmlDecode(await factory.CreateAnonymousClient().GetStringAsync(plan.HomeUrl));

        Assert.Contains("No hay ninguna reunión convocada.", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/{plan.Slug}/meetings\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_JurisdictionWithoutPlan_SaysSoWithoutFiguresOrCounts()
    {
        var slug = "t-" + Guid.NewGuid().ToString("N")[..12];
        await factory.WithDbAsync(async db =>
        {
            db.Jurisdictions.Add(new Jurisdiction
            {
                Slug = slug, Name = "Cantón sin plan " + slug[2..6], BrandName = "Sin Plan " + slug[2..6], Country = "Ecuador",
                Level = JurisdictionLevel.Municipal, OgpMemberSince = 2024, SteeringBodyName = "Comité de Prueba",
            });
            await db.SaveChangesAsync();
        });

        var response = await factory.CreateAnonymousClient().GetAsync("/" + slug);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Esta jurisdicción aún no tiene un plan de acción publicado.", html, StringComparison.Ordinal);
        Assert.Contains("No hay ninguna reunión convocada.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-tally", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_Formula_MovedToThePlansHowItIsCalculated()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 2);
        var client = factory.CreateAnonymousClient();
        var home = WebUtility.HtmlDecode(await client.GetStringAsync(plan.HomeUrl));
        var planPage = WebUtility.HtmlDecode(await client.GetStringAsync(plan.PlanUrl));

        // Two commitments at 62 % each: "62 % = 2 compromisos: 62 % × 0,5 + 62 % × 0,5".
        const string formula = "62\u00a0% = 2 compromisos: 62\u00a0% × 0,5 + 62\u00a0% × 0,5";
        Assert.DoesNotContain(formula, home, StringComparison.Ordinal);
        Assert.DoesNotContain(" × ", home, StringComparison.Ordinal);
        Assert.Contains($"href=\"{plan.PlanUrl}#como-se-calcula\">¿Cómo se calcula?</a>", home, StringComparison.Ordinal);

        var details = Between(planPage, "<details class=\"how\" id=\"como-se-calcula\">", "</details>");
        Assert.Contains("<summary>¿Cómo se calcula?</summary>", details, StringComparison.Ordinal);
        Assert.Contains(formula, details, StringComparison.Ordinal);
        Assert.Equal(1, Regex.Count(planPage, Regex.Escape(formula)));
    }

    [Fact]
    public async Task Home_InEnglish_ShowsTheNewTextsInEnglish()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 2, extraMilestones: 1);
        var client = factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.Add("Cookie", "__Host-opengov.lang=c%3Den%7Cuic%3Den");

        var home = VerificationData.Flatten(await client.GetStringAsync(plan.HomeUrl));
        var planPage = VerificationData.Flatten(await client.GetStringAsync(plan.PlanUrl));

        Assert.Contains("Based on 2 of 2 commitments with progress; the Comité de Prueba has verified progress on 0.", home, StringComparison.Ordinal);
        Assert.Contains($"{OnTime} On time {Late} Late {Done} Done {AtRisk} of the milestones on time are at risk of slipping.", home, StringComparison.Ordinal);
        Assert.Contains("How is it calculated?", home, StringComparison.Ordinal);
        Assert.Contains("Late Milestones: 2 on time, 1 late, 1 done", home, StringComparison.Ordinal);
        Assert.Contains("The Comité de Prueba has not verified this progress yet.", home, StringComparison.Ordinal);
        Assert.Contains("About the plan", home, StringComparison.Ordinal);
        Assert.Contains("How is it calculated?", planPage, StringComparison.Ordinal);
        Assert.Contains("A milestone is on time until its end date passes", planPage, StringComparison.Ordinal);
        Assert.DoesNotContain("A tiempo", home, StringComparison.Ordinal);
        Assert.DoesNotContain("Con retraso", home, StringComparison.Ordinal);
    }

    /// <summary>The on-time, late and done counts as a page shows them.</summary>
    internal static (int OnTime, int Late, int Done) Tally(string html) =>
        (Count(html, "on-time"), Count(html, "late"), Count(html, "done"));

    private static int Count(string html, string kind)
    {
        var match = TallyItem().Matches(html).SingleOrDefault(m => m.Groups["kind"].Value == kind);
        Assert.True(match is not null, $"No {kind} count");
        return int.Parse(match.Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Reported(string html, string headingId)
    {
        var match = ReportedFigure().Match(VerificationData.Flatten(html[html.IndexOf($"id=\"{headingId}\"", StringComparison.Ordinal)..]));
        Assert.True(match.Success, $"No reported figure after {headingId}");
        return match.Groups[1].Value;
    }

    private static string Before(string html, string id) => html[..html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal)];

    private static string Between(string html, string from, string to)
    {
        var start = html.IndexOf(from, StringComparison.Ordinal);
        Assert.True(start >= 0, $"{from} not found");
        return html[start..html.IndexOf(to, start, StringComparison.Ordinal)];
    }

    [GeneratedRegex("data-tally=\"(?<kind>[a-z-]+)\">\\s*<strong class=\"tally__count\">(?<count>\\d+)</strong>")]
    private static partial Regex TallyItem();

    [GeneratedRegex("Reportado por el gobierno (\\S+ %)")]
    private static partial Regex ReportedFigure();

    [Fact]
    public async Task Home_OneCancelledMilestone_IsSaidInTheSingular()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        await factory.WithDbAsync(async db =>
        {
            var milestone = await db.Milestones.SingleAsync(m => m.Order == 2 && m.Commitment!.Code == plan.FirstCode
                && db.ActionPlans.Any(p => p.Id == m.Commitment.ActionPlanId && p.Jurisdiction!.Slug == plan.Slug));
            milestone.RecordProgress(10, OpenGov.Core.Commitments.MilestoneStatus.Cancelled, "Se canceló.", DateTime.UtcNow);
            await db.SaveChangesAsync();
        });

        var text = VerificationData.Flatten(WebUtility.HtmlDecode(await factory.CreateAnonymousClient().GetStringAsync(plan.HomeUrl)));

        Assert.Contains("Un hito cancelado (no cuenta).", text, StringComparison.Ordinal);
        Assert.DoesNotContain("1 cancelados", text, StringComparison.Ordinal);
    }
}
