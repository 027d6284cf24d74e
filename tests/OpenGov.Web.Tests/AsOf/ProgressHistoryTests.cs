using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OpenGov.Core.Auditing;
using OpenGov.Core.Commitments;
using OpenGov.Web.Tests.ActionPlans;
using OpenGov.Web.Tests.Infrastructure;
using OpenGov.Web.Tests.OpenData;
using OpenGov.Web.Tests.Verifications;

namespace OpenGov.Web.Tests.AsOf;

/// <summary>
/// The progress-over-time chart of a milestone, a commitment and a plan: a step at each day with a report or
/// a verdict, and on every day the figure its table gives is the one the <c>?asOf=</c> page and open-data file
/// of that day show; due dates and today are marked; nothing reported yet says so; English words in English.
/// </summary>
[Collection(WebTestCollection.Name)]
public partial class ProgressHistoryTests(OpenGovFactory factory)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task ChartTable_OnEveryDay_AgreesWithTheAsOfPagesAndFiles()
    {
        var story = await StoryAsync();
        var client = factory.CreateAnonymousClient();
        var milestone = await ChartAsync(client, story.Plan.MilestoneUrl("TP-02", 1));
        var commitment = await ChartAsync(client, story.Plan.CommitmentUrl("TP-02"));
        var plan = await ChartAsync(client, story.Plan.PlanUrl);

        // Steps at each report and each verdict (and, for the commitment, the day its second milestone was added).
        Assert.Equal(Days(-20, -15, -10, -8, -6, -3), milestone.Keys.Order());
        Assert.Equal(Days(-20, -15, -14, -12, -11, -10, -8, -6, -4, -3), plan.Keys.Order());
        Assert.Equal(Days(-20, -15, -14, -12, -11, -10, -8, -6, -3), commitment.Keys.Order());
        Assert.Equal(("20 %", "Sin verificar"), milestone[Day(-20)]);
        Assert.Equal(("20 %", "20 %"), milestone[Day(-15)]);
        Assert.Equal(("40 %", "20 %"), milestone[Day(-10)]);
        Assert.Equal(("60 %", "60 %"), milestone[Day(-3)]);
        Assert.Equal(("20 %", "Sin verificar"), commitment[Day(-20)]);
        Assert.Equal(("10 %", "10 %"), commitment[Day(-14)]);
        Assert.Equal(("25 %", "10 %"), commitment[Day(-12)]);
        Assert.Equal(("45 %", "30 %"), commitment[Day(-3)]);

        var milestonesFile = $"/{story.Plan.Slug}/open-data/milestones.csv";
        var commitmentsFile = $"/{story.Plan.Slug}/open-data/commitments.csv";
        var plansFile = $"/{story.Plan.Slug}/open-data/action_plans.csv";
        foreach (var offset in new[] { -20, -18, -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 })
        {
            var day = Day(offset);
            var asOf = offset == 0 ? "" : $"?asOf={day}";
            Assert.Equal(At(milestone, day), await PageFiguresAsync(client, story.Plan.MilestoneUrl("TP-02", 1) + asOf));
            Assert.Equal(At(commitment, day), await PageFiguresAsync(client, story.Plan.CommitmentUrl("TP-02") + asOf));
            Assert.Equal(At(plan, day), await PageFiguresAsync(client, story.Plan.PlanUrl + asOf));

            var milestones = await OpenDataFiles.CsvAsync(client, milestonesFile + asOf);
            Assert.Equal(At(milestone, day), FileFigures(milestones, story.FirstMilestoneId));
            var commitments = await OpenDataFiles.CsvAsync(client, commitmentsFile + asOf);
            Assert.Equal(At(commitment, day), FileFigures(commitments, story.CommitmentId));
            var plans = await OpenDataFiles.CsvAsync(client, plansFile + asOf);
            Assert.Equal(At(plan, day), FileFigures(plans, story.PlanId));
        }
    }

    [Fact]
    public async Task DueDatesAndToday_AreMarkedOnTheirDays()
    {
        var story = await StoryAsync();
        var client = factory.CreateAnonymousClient();

        foreach (var url in new[] { story.Plan.MilestoneUrl("TP-02", 1), story.Plan.CommitmentUrl("TP-02") })
        {
            var section = Section(await client.GetStringAsync(url));
            Assert.Matches($"class=\"progress-chart__due--baseline\" data-day=\"{Day(30)}\"", section);
            Assert.Matches($"class=\"progress-chart__due--current\" data-day=\"{Day(60)}\"", section);
            Assert.Contains("class=\"chart__today\"", section, StringComparison.Ordinal);
            var text = VerificationData.Flatten(section);
            Assert.Contains($"Fin previsto: {LongDate(Today.AddDays(30))} .", text, StringComparison.Ordinal);
            Assert.Contains($"Fin actual: {LongDate(Today.AddDays(60))} .", text, StringComparison.Ordinal);
        }

        // The plan has no due date of its own: only today.
        var plan = Section(await client.GetStringAsync(story.Plan.PlanUrl));
        Assert.DoesNotContain("progress-chart__due", plan, StringComparison.Ordinal);
        Assert.Contains("class=\"chart__today\"", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NothingReportedYet_SaysSoInsteadOfAChart()
    {
        var story = await StoryAsync();
        var client = factory.CreateAnonymousClient();

        var milestone = VerificationData.Flatten(Section(await client.GetStringAsync(story.Plan.MilestoneUrl("TP-03", 1))));
        var commitment = VerificationData.Flatten(Section(await client.GetStringAsync(story.Plan.CommitmentUrl("TP-03"))));
        var planBefore = VerificationData.Flatten(Section(await client.GetStringAsync($"{story.Plan.PlanUrl}?asOf={Day(-21)}")));
        var milestoneBefore = Section(await client.GetStringAsync($"{story.Plan.MilestoneUrl("TP-02", 1)}?asOf={Day(-21)}"));

        Assert.Contains("Aún no se han reportado avances de este hito: el gráfico aparecerá con el primer informe.", milestone, StringComparison.Ordinal);
        Assert.Contains("Aún no se han reportado avances de los hitos de este compromiso", commitment, StringComparison.Ordinal);
        Assert.Contains("Aún no se han reportado avances de los hitos de este plan", planBefore, StringComparison.Ordinal);
        Assert.Contains("Aún no se han reportado avances de este hito", VerificationData.Flatten(milestoneBefore), StringComparison.Ordinal);
        Assert.DoesNotContain("<svg", milestoneBefore, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chart_InEnglish()
    {
        var story = await StoryAsync();
        var client = factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.Add("Cookie", "__Host-opengov.lang=c%3Den%7Cuic%3Den");

        var text = VerificationData.Flatten(Section(await client.GetStringAsync(story.Plan.MilestoneUrl("TP-02", 1))));
        var empty = VerificationData.Flatten(Section(await client.GetStringAsync(story.Plan.CommitmentUrl("TP-03"))));

        Assert.Contains("Progress over time", text, StringComparison.Ordinal);
        Assert.Contains("The milestone's progress over time", text, StringComparison.Ordinal);
        Assert.Contains("The solid line is the progress reported by the government", text, StringComparison.Ordinal);
        Assert.Contains("What was recorded", text, StringComparison.Ordinal);
        Assert.Contains("1 report", text, StringComparison.Ordinal);
        Assert.Contains("1 verification", text, StringComparison.Ordinal);
        Assert.Contains($"Planned end: {Today.AddDays(30).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en"))} .", text, StringComparison.Ordinal);
        Assert.Contains("Not verified", text, StringComparison.Ordinal);
        Assert.Contains("No progress has been reported on this commitment's milestones yet", empty, StringComparison.Ordinal);
        Assert.DoesNotContain("Avance en el tiempo", text, StringComparison.Ordinal);
    }

    private sealed record Story(TestPlan Plan, int PlanId, int CommitmentId, int FirstMilestoneId);

    /// <summary>
    /// A one-commitment test plan (TP-01, reported four days ago) plus TP-02, whose history is written by hand:
    /// milestone 1 reported 20 % (day −20), verified (−15), 40 % (−10), disputed (−8), 60 % (−6), verified (−3);
    /// milestone 2 added on day −14, reported 30 % (−12), needs evidence (−11). TP-03 has nothing reported.
    /// </summary>
    private async Task<Story> StoryAsync()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        var reviewer = (await VerificationData.CommitteeMemberAsync(factory, plan)).Id;
        return await factory.WithDbAsync(async db =>
        {
            var planId = await db.ActionPlans.Where(p => p.Jurisdiction!.Slug == plan.Slug).Select(p => p.Id).SingleAsync();
            var lead = await db.Institutions.Where(i => i.Jurisdiction!.Slug == plan.Slug && i.Acronym == "DP").Select(i => i.Id).SingleAsync();
            var two = NewCommitment(planId, "TP-02", 2);
            var first = two.AddMilestone("Ordenanza aprobada", lead, Today.AddDays(-40), Today.AddDays(30), 0.5m);
            first.Replan(Today.AddDays(-40), Today.AddDays(60), "Segundo debate aplazado.");
            var second = two.AddMilestone("Reglamento publicado", lead, Today.AddDays(-14), Today.AddDays(20), 0.5m);
            var three = NewCommitment(planId, "TP-03", 3);
            three.AddMilestone("Mesa técnica instalada", lead, Today.AddDays(-10), Today.AddDays(90), 1m);
            db.AddRange(two, three);
            await db.SaveChangesAsync();

            var twenty = first.RecordProgress(20, MilestoneStatus.InProgress, "Primer borrador.", At(-20));
            await db.SaveChangesAsync();
            twenty.Verify(reviewer, VerificationVerdict.Verified, null, At(-15));
            var thirty = second.RecordProgress(30, MilestoneStatus.InProgress, "Borrador del reglamento.", At(-12));
            await db.SaveChangesAsync();
            thirty.Verify(reviewer, VerificationVerdict.NeedsEvidence, "Falta el acta.", At(-11));
            var forty = first.RecordProgress(40, MilestoneStatus.InProgress, "Primer debate.", At(-10));
            await db.SaveChangesAsync();
            forty.Verify(reviewer, VerificationVerdict.Disputed, "El acta no lo dice.", At(-8));
            var sixty = first.RecordProgress(60, MilestoneStatus.InProgress, "Comisión aprobó el informe.", At(-6));
            await db.SaveChangesAsync();
            sixty.Verify(reviewer, VerificationVerdict.Verified, null, At(-3));
            db.AuditEvents.Add(new AuditEvent
            {
                OccurredAt = At(-14), EntityType = nameof(Milestone), EntityId = second.Id.ToString(CultureInfo.InvariantCulture),
                Action = AuditAction.Created, ActorRole = "Admin", Changes = "{}",
            });
            await db.SaveChangesAsync();
            return new Story(plan, planId, two.Id, first.Id);
        });
    }

    private static Commitment NewCommitment(int planId, string code, int number) => new()
    {
        ActionPlanId = planId, Code = code, Number = number, Title = $"Compromiso de prueba {number}",
        Problem = "P.", StatusQuo = "S.", Description = "D.", HowItSolves = "C.", IsIllustrative = true,
    };

    /// <summary>Noon (UTC) of a day relative to today, so a change falls clearly inside its day.</summary>
    private static DateTime At(int days) => Today.AddDays(days).ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc);

    private static string Day(int days) => Today.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string[] Days(params int[] days) => days.Select(Day).ToArray();

    private static string LongDate(DateOnly day) => day.ToString("d 'de' MMMM 'de' yyyy", CultureInfo.GetCultureInfo("es-EC"));

    /// <summary>The chart's section of a page (from its heading to the end of its table).</summary>
    private static string Section(string html)
    {
        var start = html.IndexOf("class=\"progress-chart\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "no progress chart on the page");
        var end = html.IndexOf("</section>", start, StringComparison.Ordinal);
        return html[start..end];
    }

    /// <summary>The chart's table: day → (reported, verified) as written in its cells.</summary>
    private static async Task<Dictionary<string, (string, string)>> ChartAsync(HttpClient client, string url) =>
        ChartRow().Matches(Section(await client.GetStringAsync(url)))
            .ToDictionary(m => m.Groups["day"].Value, m => (Text(m.Groups["reported"].Value), Text(m.Groups["verified"].Value)));

    /// <summary>The chart's figures on a day: those of the last row on or before it.</summary>
    private static (string, string) At(Dictionary<string, (string, string)> chart, string day)
    {
        var row = chart.Keys.Where(d => string.CompareOrdinal(d, day) <= 0).Order().LastOrDefault();
        Assert.True(row is not null, $"no chart row on or before {day}");
        return chart[row];
    }

    /// <summary>The headline figures a page shows above its chart (its progress pair).</summary>
    private static async Task<(string, string)> PageFiguresAsync(HttpClient client, string url)
    {
        var html = await client.GetStringAsync(url);
        var text = VerificationData.Flatten(html[..html.IndexOf("class=\"progress-chart\"", StringComparison.Ordinal)]);
        var figures = PageFigures().Match(text);
        Assert.True(figures.Success, $"{url}: no progress pair");
        return (figures.Groups["reported"].Value, figures.Groups["verified"].Value);
    }

    /// <summary>A file's figures written the way the page writes them (whole percent; none: "Sin verificar").</summary>
    private static (string, string) FileFigures(CsvTable table, int id)
    {
        var row = table.Rows.Single(r => r[table.IndexOf("id")] == id.ToString(CultureInfo.InvariantCulture));
        static string Percent(string cell) =>
            Math.Round(decimal.Parse(cell, CultureInfo.InvariantCulture), MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture) + " %";
        var verified = row[table.IndexOf("verified_progress")];
        return (Percent(row[table.IndexOf("reported_progress")]), verified.Length == 0 ? "Sin verificar" : Percent(verified));
    }

    private static string Text(string cell) => VerificationData.Flatten(cell).Trim();

    [GeneratedRegex("<tr data-day=\"(?<day>[0-9-]+)\">.*?data-series=\"reported\">(?<reported>[^<]*)</td>.*?data-series=\"verified\">(?<verified>[^<]*)</td>", RegexOptions.Singleline)]
    private static partial Regex ChartRow();

    [GeneratedRegex(@"Reportado por el gobierno (?<reported>\d+ %|Sin cifra general) .*?Verificado por el Comité de Prueba (?<verified>\d+ %|Sin verificar|Sin cifra general)")]
    private static partial Regex PageFigures();
}
