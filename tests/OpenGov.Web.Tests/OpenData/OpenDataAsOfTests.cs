using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenGov.Core.Commitments;
using OpenGov.Core.Meetings;
using OpenGov.Core.Monitoring;
using OpenGov.Web.Tests.ActionPlans;
using OpenGov.Web.Tests.Infrastructure;
using OpenGov.Web.Tests.Verifications;

namespace OpenGov.Web.Tests.OpenData;

/// <summary>
/// <c>?asOf=</c> on the files with a history: the rows recorded or published by the end of that day, as the
/// database holds them, and the plans' figures of that day; a file without a history says it cannot.
/// </summary>
[Collection(WebTestCollection.Name)]
public class OpenDataAsOfTests(OpenGovFactory factory)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task AsOf_UpdatesEvidenceAndVerdicts_AreThoseRecordedByTheEndOfThatDay()
    {
        // Two reports per milestone, five and four days ago; one verdict five days ago, one today.
        var plan = await TestPlans.CreateAsync(factory, commitments: 1, updatesPerMilestone: 2);
        var reviewer = (await VerificationData.CommitteeMemberAsync(factory, plan)).Id;
        var first = (await VerificationData.UpdateIdsAsync(factory, plan, 2))[0];
        var latest = (await VerificationData.UpdateIdsAsync(factory, plan, 2))[^1];
        await factory.WithDbAsync(async db =>
        {
            (await db.ProgressUpdates.SingleAsync(u => u.Id == first)).Verify(reviewer, VerificationVerdict.NeedsEvidence, "Falta el acta.", DateTime.UtcNow.AddDays(-5).AddMinutes(1));
            (await db.ProgressUpdates.SingleAsync(u => u.Id == latest)).Verify(reviewer, VerificationVerdict.Verified, null, DateTime.UtcNow);
            await db.SaveChangesAsync();
        });
        var day = Today.AddDays(-5);
        var end = day.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var expected = await factory.WithDbAsync(async db =>
        {
            var updates = db.ProgressUpdates.Where(u => db.Milestones.Any(m => m.Id == u.MilestoneId
                && db.Commitments.Any(c => c.Id == m.CommitmentId && db.ActionPlans.Any(p => p.Id == c.ActionPlanId && p.Jurisdiction!.Slug == plan.Slug))));
            return new
            {
                Updates = await updates.Where(u => u.ReportedAt < end).OrderBy(u => u.Id).Select(u => u.Id).ToListAsync(),
                AllUpdates = await updates.CountAsync(),
                Links = await db.EvidenceLinks.CountAsync(l => updates.Any(u => u.Id == l.ProgressUpdateId && u.ReportedAt < end)),
                Verdicts = await db.Verifications.Where(v => v.RecordedAt < end && updates.Any(u => u.Id == v.ProgressUpdateId)).Select(v => v.Id).ToListAsync(),
            };
        });
        Assert.Equal(3, expected.Updates.Count);
        Assert.Single(expected.Verdicts);
        var client = factory.CreateAnonymousClient();
        var asOf = $"?asOf={Iso(day)}";

        var updatesThen = await OpenDataFiles.CsvAsync(client, $"/{plan.Slug}/open-data/progress_updates.csv{asOf}");
        var linksThen = await OpenDataFiles.CsvAsync(client, $"/{plan.Slug}/open-data/evidence_links.csv{asOf}");
        var verdictsThen = await OpenDataFiles.CsvAsync(client, $"/{plan.Slug}/open-data/verifications.csv{asOf}");
        var json = await OpenDataFiles.JsonAsync(client, $"/{plan.Slug}/open-data/progress_updates.json{asOf}");

        Assert.Equal(expected.Updates.Select(Text), updatesThen.Column("id"));
        Assert.Equal(expected.Updates.Count, json.Count);
        Assert.Equal(expected.Links, linksThen.Rows.Count);
        Assert.Equal(expected.Verdicts.Select(Text), verdictsThen.Column("id"));
        Assert.Equal("NeedsEvidence", Assert.Single(verdictsThen.Column("verdict")));
        Assert.Equal(expected.AllUpdates, (await OpenDataFiles.CsvAsync(client, $"/{plan.Slug}/open-data/progress_updates.csv")).Rows.Count);
        Assert.Equal(2, (await OpenDataFiles.CsvAsync(client, $"/{plan.Slug}/open-data/verifications.csv")).Rows.Count);
    }

    [Fact]
    public async Task AsOf_ActionPlans_GiveThatDaysFigures()
    {
        // Each milestone was reported twice: five days ago at a third of its final figure (33, 16 and 3 %),
        // four days ago at 100, 50 and 10 %. Five days ago each commitment stood at 0.4×33 + 0.4×16 + 0.2×3 = 20.2 %.
        var plan = await TestPlans.CreateAsync(factory, commitments: 2, updatesPerMilestone: 2);
        var client = factory.CreateAnonymousClient();

        var then = await OpenDataFiles.CsvAsync(client, $"/{plan.Slug}/open-data/action_plans.csv?asOf={Iso(Today.AddDays(-5))}");
        var now = await OpenDataFiles.CsvAsync(client, $"/{plan.Slug}/open-data/action_plans.csv");

        Assert.Equal(20.2m, then.Sum("reported_progress"));
        Assert.Equal(["2"], then.Column("commitments_with_data"));
        Assert.Equal(["2"], then.Column("commitments"));
        Assert.Equal(62m, now.Sum("reported_progress"));
        Assert.Equal(["2"], now.Column("commitments_with_data"));
    }

    [Fact]
    public async Task AsOf_ReportsAndMeetings_AreThosePublishedOrAnnouncedByThen()
    {
        // Pastaza's demo report and minutes, published when the demo data was loaded; asked as of the day before.
        var client = factory.CreateAnonymousClient();
        var day = Today.AddDays(-1);
        var end = Today.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var expected = await factory.WithDbAsync(async db => new
        {
            Reports = await db.MonitoringReports.Where(r => db.ActionPlans.Any(p => p.Id == r.ActionPlanId && p.Jurisdiction!.Slug == "pastaza") && r.Status == ReportStatus.Published && r.PublishedAt < end).CountAsync(),
            AllReports = await db.MonitoringReports.Where(r => db.ActionPlans.Any(p => p.Id == r.ActionPlanId && p.Jurisdiction!.Slug == "pastaza") && r.Status == ReportStatus.Published).CountAsync(),
            Meetings = await db.CommitteeMeetings.Where(m => db.Jurisdictions.Any(j => j.Id == m.JurisdictionId && j.Slug == "pastaza") && m.Status != MeetingStatus.Draft && m.AnnouncedAt < end)
                .Select(m => new { m.Id, Published = m.Status == MeetingStatus.Published && m.PublishedAt < end }).OrderBy(m => m.Id).ToListAsync(),
        });

        var reports = await OpenDataFiles.CsvAsync(client, $"/pastaza/open-data/monitoring_reports.csv?asOf={Iso(day)}");
        var meetings = await OpenDataFiles.CsvAsync(client, $"/pastaza/open-data/meetings.csv?asOf={Iso(day)}");

        Assert.Equal(expected.Reports, reports.Rows.Count);
        Assert.Equal(expected.Meetings.Select(m => Text(m.Id)), meetings.Column("id"));
        Assert.Equal(expected.Meetings.Select(m => m.Published ? "Published" : "Announced"), meetings.Column("status"));
        Assert.All(meetings.Rows.Where(r => r[meetings.IndexOf("status")] == "Announced"), r => Assert.Equal("", r[meetings.IndexOf("minutes_url")]));
        Assert.Equal(expected.AllReports, (await OpenDataFiles.CsvAsync(client, "/pastaza/open-data/monitoring_reports.csv")).Rows.Count);
    }

    [Fact]
    public async Task AsOf_OnAFileWithoutHistory_Is400SayingWhichFilesTakeIt()
    {
        var response = await factory.CreateAnonymousClient().GetAsync($"/pastaza/open-data/jurisdictions.csv?asOf={Iso(Today.AddDays(-1))}");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("jurisdictions no puede pedirse a una fecha", text, StringComparison.Ordinal);
        Assert.Contains("progress_updates", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("progress_updates", "2025-02-30")]
    [InlineData("meetings", "2999-01-01")]
    [InlineData("action_plans", "30/06/2025")]
    public async Task AsOf_NotADayUpToToday_Is400(string file, string asOf)
    {
        var response = await factory.CreateAnonymousClient().GetAsync($"/pastaza/open-data/{file}.csv?asOf={Uri.EscapeDataString(asOf)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(asOf, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_SaysWhichFilesTakeAsOf()
    {
        var page = VerificationData.Flatten(await factory.CreateAnonymousClient().GetStringAsync("/pastaza/open-data"));

        Assert.Contains(
            "Lo aceptan: action_plans, commitments, milestones, progress_updates, evidence_files, evidence_links, verifications, monitoring_reports, commitment_assessments, meetings.",
            page, StringComparison.Ordinal);
        Assert.Contains("Acepta ?asOf=AAAA-MM-DD, por ejemplo meetings.csv?asOf=2025-06-30.", page, StringComparison.Ordinal);
    }

    private static string Text(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
