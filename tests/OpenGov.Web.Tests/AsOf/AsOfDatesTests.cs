using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenGov.Core.Auditing;
using OpenGov.Core.Commitments;
using OpenGov.Web.Tests.ActionPlans;
using OpenGov.Web.Tests.Infrastructure;
using OpenGov.Web.Tests.OpenData;
using OpenGov.Web.Tests.ProgressUpdates;
using OpenGov.Web.Tests.Verifications;

namespace OpenGov.Web.Tests.AsOf;

/// <summary>
/// As of a day, a milestone's dates are the ones it had at the end of that day (replayed from the audit
/// trail), its schedule state is judged on them, and what was created later does not exist yet.
/// </summary>
[Collection(WebTestCollection.Name)]
public class AsOfDatesTests(OpenGovFactory factory)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task ReplannedToday_AsOfYesterday_ShowsTheOldDatesAndReasonTodayTheNewOnes()
    {
        var plan = await OfficialPlan.CreateAsync(factory);
        var client = plan.Official(factory);
        var url = OfficialPlan.ReplanUrl(plan.OpenMilestoneId);
        var before = await factory.WithDbAsync(db => db.Milestones.AsNoTracking().SingleAsync(m => m.Id == plan.OpenMilestoneId));
        var form = await ReportForm.OpenAsync(client, url);
        var response = await form.With("CurrentStart", "2026-01-01").With("CurrentEnd", "2027-06-30").With("Reason", "Temporada de lluvias.").PostAsync(client, url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var anonymous = factory.CreateAnonymousClient();
        var page = plan.Plan.MilestoneUrl(plan.Plan.FirstCode, 2);
        var yesterday = Iso(Today.AddDays(-1));
        var then = VerificationData.Flatten(await anonymous.GetStringAsync($"{page}?asOf={yesterday}"));
        var now = VerificationData.Flatten(await anonymous.GetStringAsync(page));
        Assert.DoesNotContain("30 de junio de 2027", then, StringComparison.Ordinal);
        Assert.DoesNotContain("Temporada de lluvias.", then, StringComparison.Ordinal);
        Assert.Contains("30 de junio de 2027", now, StringComparison.Ordinal);
        Assert.Contains("Temporada de lluvias.", now, StringComparison.Ordinal);
        var commitmentThen = VerificationData.Flatten(await anonymous.GetStringAsync($"{plan.Plan.CommitmentUrl(plan.Plan.FirstCode)}?asOf={yesterday}"));
        Assert.DoesNotContain("Temporada de lluvias.", commitmentThen, StringComparison.Ordinal);
        Assert.Contains("Temporada de lluvias.", VerificationData.Flatten(await anonymous.GetStringAsync(plan.Plan.CommitmentUrl(plan.Plan.FirstCode))), StringComparison.Ordinal);

        var fileThen = await OpenDataFiles.CsvAsync(anonymous, $"/{plan.Plan.Slug}/open-data/milestones.csv?asOf={yesterday}");
        var fileNow = await OpenDataFiles.CsvAsync(anonymous, $"/{plan.Plan.Slug}/open-data/milestones.csv");
        Assert.Equal(Iso(before.CurrentEnd!.Value), Cell(fileThen, plan.OpenMilestoneId, "current_end"));
        Assert.Equal(Iso(before.CurrentStart!.Value), Cell(fileThen, plan.OpenMilestoneId, "current_start"));
        Assert.Equal("2027-06-30", Cell(fileNow, plan.OpenMilestoneId, "current_end"));
        Assert.Equal(Iso(before.BaselineEnd!.Value), Cell(fileThen, plan.OpenMilestoneId, "baseline_end"));
    }

    [Fact]
    public async Task TwoReplans_EachDayShowsTheDatesAndScheduleOfThatDay()
    {
        // Milestone 3 of TP-01 was planned to end 25 days ago and today ends 5 days ago. Its hand-written
        // history: 40 days ago moved to 15 days ago, 10 days ago moved to 5 days ago.
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        var id = await MilestoneIdAsync(plan, 3);
        await factory.WithDbAsync(async db =>
        {
            db.AuditEvents.AddRange(
                Replanned(id, DateTime.UtcNow.AddDays(-40), Today.AddDays(-25), Today.AddDays(-15), null, "Primera razón."),
                Replanned(id, DateTime.UtcNow.AddDays(-10), Today.AddDays(-15), Today.AddDays(-5), "Primera razón.", "Cambio de autoridades."));
            await db.SaveChangesAsync();
        });
        var client = factory.CreateAnonymousClient();
        var file = $"/{plan.Slug}/open-data/milestones.csv";

        var fiftyDaysAgo = await OpenDataFiles.CsvAsync(client, $"{file}?asOf={Iso(Today.AddDays(-50))}");
        var twelveDaysAgo = await OpenDataFiles.CsvAsync(client, $"{file}?asOf={Iso(Today.AddDays(-12))}");
        var today = await OpenDataFiles.CsvAsync(client, file);

        Assert.Equal(Iso(Today.AddDays(-25)), Cell(fiftyDaysAgo, id, "current_end"));
        Assert.Equal(Iso(Today.AddDays(-15)), Cell(twelveDaysAgo, id, "current_end"));
        Assert.Equal(Iso(Today.AddDays(-5)), Cell(today, id, "current_end"));

        // Twelve days ago it was due three days before: overdue then (with today's end it would have been at risk).
        Assert.Equal("Overdue", Cell(twelveDaysAgo, id, "schedule_state"));
        Assert.Equal("13", Cell(twelveDaysAgo, id, "slippage_days"));
        var page = VerificationData.Flatten(await client.GetStringAsync($"{plan.MilestoneUrl("TP-01", 3)}?asOf={Iso(Today.AddDays(-12))}"));
        Assert.Contains("Primera razón.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Cambio de autoridades.", page, StringComparison.Ordinal);
        Assert.Contains("Vencido", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreatedToday_AsOfYesterday_DoesNotExistYet()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        var (milestoneId, commitmentId) = await factory.WithDbAsync(async db =>
        {
            var commitment = await db.Commitments.Include(c => c.Milestones)
                .SingleAsync(c => c.Code == "TP-01" && db.ActionPlans.Any(p => p.Id == c.ActionPlanId && p.Jurisdiction!.Slug == plan.Slug));
            var lead = commitment.Milestones.First().ResponsibleInstitutionId;
            var milestone = commitment.AddMilestone("Hito agregado hoy", lead, Today, Today.AddDays(60), 0.1m);
            var added = new Commitment
            {
                ActionPlanId = commitment.ActionPlanId, Code = "TP-09", Number = 9, Title = "Compromiso agregado hoy",
                Problem = "P.", StatusQuo = "S.", Description = "D.", HowItSolves = "C.",
            };
            db.Add(added);
            await db.SaveChangesAsync();
            db.AuditEvents.AddRange(Created("Milestone", milestone.Id), Created("Commitment", added.Id));
            await db.SaveChangesAsync();
            return (milestone.Id, added.Id);
        });
        var client = factory.CreateAnonymousClient();
        var yesterday = Iso(Today.AddDays(-1));

        Assert.DoesNotContain("Hito agregado hoy", await client.GetStringAsync($"{plan.CommitmentUrl("TP-01")}?asOf={yesterday}"), StringComparison.Ordinal);
        Assert.Contains("Hito agregado hoy", await client.GetStringAsync(plan.CommitmentUrl("TP-01")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{plan.MilestoneUrl("TP-01", 4)}?asOf={yesterday}")).StatusCode);
        Assert.DoesNotContain("Compromiso agregado hoy", await client.GetStringAsync($"{plan.PlanUrl}?asOf={yesterday}"), StringComparison.Ordinal);
        Assert.Contains("Compromiso agregado hoy", await client.GetStringAsync(plan.PlanUrl), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{plan.CommitmentUrl("TP-09")}?asOf={yesterday}")).StatusCode);

        var milestones = await OpenDataFiles.CsvAsync(client, $"/{plan.Slug}/open-data/milestones.csv?asOf={yesterday}");
        var commitments = await OpenDataFiles.CsvAsync(client, $"/{plan.Slug}/open-data/commitments.csv?asOf={yesterday}");
        Assert.DoesNotContain(milestoneId.ToString(CultureInfo.InvariantCulture), milestones.Column("id"));
        Assert.Equal(3, milestones.Rows.Count);
        Assert.DoesNotContain(commitmentId.ToString(CultureInfo.InvariantCulture), commitments.Column("id"));
        Assert.Contains(milestoneId.ToString(CultureInfo.InvariantCulture), (await OpenDataFiles.CsvAsync(client, $"/{plan.Slug}/open-data/milestones.csv")).Column("id"));
    }

    [Fact]
    public async Task Banner_SaysDatesAreThatDaysAndTextsTodays()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        var client = factory.CreateAnonymousClient();
        var page = VerificationData.Flatten(await client.GetStringAsync($"{plan.PlanUrl}?asOf={Iso(Today.AddDays(-1))}"));
        Assert.Contains("las fechas de los hitos según los informes, verdictos y cambios registrados hasta el final de ese día", page, StringComparison.Ordinal);
        Assert.Contains("Los textos y los pesos son los de hoy.", page, StringComparison.Ordinal);

        client.DefaultRequestHeaders.Add("Cookie", "__Host-opengov.lang=c%3Den%7Cuic%3Den");
        var english = VerificationData.Flatten(await client.GetStringAsync($"{plan.PlanUrl}?asOf={Iso(Today.AddDays(-1))}"));
        Assert.Contains("milestone dates from the reports, verdicts and changes recorded by the end of that day", english, StringComparison.Ordinal);
    }

    private Task<int> MilestoneIdAsync(TestPlan plan, int order) =>
        factory.WithDbAsync(db => db.Milestones
            .Where(m => m.Order == order && m.Commitment!.Code == plan.FirstCode
                && db.ActionPlans.Any(p => p.Id == m.Commitment!.ActionPlanId && p.Jurisdiction!.Slug == plan.Slug))
            .Select(m => m.Id)
            .SingleAsync());

    // The events as the audit trail writes them: property name → { before, after }, dates as YYYY-MM-DD.
    private static AuditEvent Replanned(int milestoneId, DateTime at, DateOnly from, DateOnly to, string? oldReason, string reason) => new()
    {
        OccurredAt = at, EntityType = nameof(Milestone), EntityId = milestoneId.ToString(CultureInfo.InvariantCulture), Action = AuditAction.Updated,
        ActorRole = "Official",
        Changes = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["CurrentEnd"] = new { before = (DateOnly?)from, after = (DateOnly?)to },
            ["ReplanReason"] = new { before = oldReason, after = reason },
        }),
    };

    private static AuditEvent Created(string type, int id) => new()
    {
        OccurredAt = DateTime.UtcNow, EntityType = type, EntityId = id.ToString(CultureInfo.InvariantCulture), Action = AuditAction.Created,
        ActorRole = "Admin", Changes = "{}",
    };

    private static string Cell(CsvTable table, int id, string column) =>
        table.Rows.Single(r => r[table.IndexOf("id")] == id.ToString(CultureInfo.InvariantCulture))[table.IndexOf(column)];

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
