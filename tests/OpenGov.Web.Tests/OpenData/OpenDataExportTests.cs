using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenGov.Core.Commitments;
using OpenGov.Core.Meetings;
using OpenGov.Core.Monitoring;
using OpenGov.Web.Data;
using OpenGov.Web.Features.OpenData;
using OpenGov.Web.Tests.ActionPlans;
using OpenGov.Web.Tests.Infrastructure;
using OpenGov.Web.Tests.Verifications;

namespace OpenGov.Web.Tests.OpenData;

/// <summary>
/// The open-data files are the database: for every file, as many rows as the jurisdiction has and the
/// same totals; the JSON says what the CSV says; the milestone figures are those of the commitment page.
/// </summary>
[Collection(WebTestCollection.Name)]
public class OpenDataExportTests(OpenGovFactory factory)
{
    public static TheoryData<string?> Scopes => new() { "pastaza", "santo-domingo", "quito", "ecuador", null };

    [Theory]
    [MemberData(nameof(Scopes))]
    public async Task Csv_EveryFile_HasTheDatabaseRowCountAndTotals(string? slug)
    {
        var expected = await factory.WithDbAsync(db => ExpectedAsync(db, slug));
        var client = factory.CreateAnonymousClient();

        foreach (var table in OpenDataCatalog.Tables)
        {
            var csv = await OpenDataFiles.CsvAsync(client, $"{Prefix(slug)}/{table.Name}.csv");
            var (count, sums) = expected[table.Name];
            Assert.True(count == csv.Rows.Count, $"{table.Name}: {csv.Rows.Count} rows, database {count}");
            foreach (var (column, sum) in sums)
            {
                Assert.True(sum == csv.Sum(column), $"{table.Name}.{column}: {csv.Sum(column)}, database {sum}");
            }
        }

        Assert.True(expected["progress_updates"].Count > 0 || slug is "quito" or "ecuador");
    }

    [Theory]
    [InlineData("pastaza")]
    [InlineData("santo-domingo")]
    public async Task Json_EveryFile_SaysWhatTheCsvSays(string slug)
    {
        var client = factory.CreateAnonymousClient();
        foreach (var table in OpenDataCatalog.Tables)
        {
            var csv = await OpenDataFiles.CsvAsync(client, $"/{slug}/open-data/{table.Name}.csv");
            var json = await OpenDataFiles.JsonAsync(client, $"/{slug}/open-data/{table.Name}.json");

            Assert.Equal(table.Fields.Select(f => f.Name), csv.Header);
            Assert.Equal(csv.Rows.Count, json.Count);
            for (var r = 0; r < json.Count; r++)
            {
                Assert.Equal(table.Fields.Select(f => f.Name), json[r].EnumerateObject().Select(p => p.Name));
                for (var c = 0; c < table.Fields.Count; c++)
                {
                    var field = table.Fields[c];
                    var value = json[r].GetProperty(field.Name);
                    var cell = csv.Rows[r][c];
                    switch (value.ValueKind)
                    {
                        case JsonValueKind.Null:
                            Assert.Equal("", cell);
                            break;
                        case JsonValueKind.Number:
                            Assert.Equal(value.GetDecimal(), decimal.Parse(cell, CultureInfo.InvariantCulture));
                            break;
                        case JsonValueKind.True or JsonValueKind.False:
                            Assert.Equal(value.GetBoolean() ? "true" : "false", cell);
                            break;
                        default:
                            var text = value.GetString()!;
                            Assert.Equal(LooksLikeFormula(text) ? "'" + text : text, cell);
                            break;
                    }
                }
            }
        }
    }

    [Fact]
    public async Task Csv_TextThatLooksLikeAFormula_IsNeutralisedButNumbersStayNumbers()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        await factory.WithDbAsync(async db =>
        {
            var commitment = await CommitmentAsync(db, plan);
            commitment.Title = "=HYPERLINK(\"http://x\";\"clic\")";
            commitment.ThematicAxis = "+eje";
            commitment.Problem = "-problema";
            commitment.Description = "@SUM(A1)";
            await db.SaveChangesAsync();
        });
        var client = factory.CreateAnonymousClient();

        var csv = await OpenDataFiles.CsvAsync(client, $"/{plan.Slug}/open-data/commitments.csv");
        var json = await OpenDataFiles.JsonAsync(client, $"/{plan.Slug}/open-data/commitments.json");
        var milestones = await OpenDataFiles.CsvAsync(client, $"/{plan.Slug}/open-data/milestones.csv");

        var row = Assert.Single(csv.Rows);
        Assert.Equal("'=HYPERLINK(\"http://x\";\"clic\")", row[csv.IndexOf("title")]);
        Assert.Equal("'+eje", row[csv.IndexOf("thematic_axis")]);
        Assert.Equal("'-problema", row[csv.IndexOf("problem")]);
        Assert.Equal("'@SUM(A1)", row[csv.IndexOf("description")]);
        Assert.Equal("=HYPERLINK(\"http://x\";\"clic\")", Assert.Single(json).GetProperty("title").GetString());

        // A milestone finished ahead of its baseline has a negative slippage: a number, not a formula.
        Assert.All(milestones.Column("slippage_days").Where(v => v.Length > 0), v => Assert.NotEqual('\'', v[0]));
    }

    [Fact]
    public async Task Csv_CachedForAnonymousVisitors_ShowsTheNextWrite()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        var client = factory.CreateAnonymousClient();
        var url = $"/{plan.Slug}/open-data/commitments.csv";
        Assert.Equal("Compromiso de prueba 1", Assert.Single((await OpenDataFiles.CsvAsync(client, url)).Column("title")));
        var cached = await client.GetAsync(url);
        Assert.NotNull(cached.Headers.ETag);
        Assert.Equal("attachment", cached.Content.Headers.ContentDisposition!.DispositionType);

        await factory.WithDbAsync(async db =>
        {
            (await CommitmentAsync(db, plan)).Title = "Compromiso renombrado";
            await db.SaveChangesAsync();
        });

        Assert.Equal("Compromiso renombrado", Assert.Single((await OpenDataFiles.CsvAsync(client, url)).Column("title")));
    }

    [Fact]
    public async Task Milestones_ReportedAndVerified_AreWhatTheCommitmentPageShows()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 2);
        var reviewer = (await VerificationData.CommitteeMemberAsync(factory, plan)).Id;
        await factory.WithDbAsync(async db =>
        {
            var commitment = await CommitmentAsync(db, plan);
            var updates = await db.ProgressUpdates
                .Where(u => db.Milestones.Any(m => m.Id == u.MilestoneId && m.CommitmentId == commitment.Id && m.Order <= 2))
                .OrderBy(u => u.MilestoneId).ToListAsync();
            updates[0].Verify(reviewer, VerificationVerdict.Verified, null, DateTime.UtcNow);
            updates[1].Verify(reviewer, VerificationVerdict.Disputed, "No coincide.", DateTime.UtcNow);
            await db.SaveChangesAsync();
        });
        var client = factory.CreateAnonymousClient();

        var csv = await OpenDataFiles.CsvAsync(client, $"/{plan.Slug}/open-data/milestones.csv");
        var page = WebUtility.HtmlDecode(await client.GetStringAsync(plan.CommitmentUrl("TP-01")));

        var rows = csv.Rows.Where(r => r[csv.IndexOf("commitment_code")] == "TP-01").ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal(["100", "50", "10"], rows.Select(r => r[csv.IndexOf("reported_progress")]));
        Assert.Equal(["100", "", ""], rows.Select(r => r[csv.IndexOf("verified_progress")]));
        Assert.Equal(["Verified", "Disputed", "Pending"], rows.Select(r => r[csv.IndexOf("verification_state")]));
        foreach (var row in rows)
        {
            var title = $"{row[csv.IndexOf("order")]}. {row[csv.IndexOf("title")]}</a>";
            var start = page.IndexOf(title, StringComparison.Ordinal);
            Assert.True(start >= 0, title);
            var pageRow = page[start..page.IndexOf("</tr>", start, StringComparison.Ordinal)];
            Assert.Contains($">{row[csv.IndexOf("reported_progress")]}\u00a0%<", pageRow, StringComparison.Ordinal);
            var verified = row[csv.IndexOf("verified_progress")];
            Assert.Contains(verified.Length == 0 ? "Sin verificar" : $"{verified}\u00a0%", pageRow, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AsOf_GivesTheFiguresAtTheEndOfThatDay()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        var client = factory.CreateAnonymousClient();
        var before = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-30)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var today = await OpenDataFiles.CsvAsync(client, $"/{plan.Slug}/open-data/milestones.csv");
        var then = await OpenDataFiles.CsvAsync(client, $"/{plan.Slug}/open-data/milestones.csv?asOf={before}");
        var commitmentsThen = await OpenDataFiles.CsvAsync(client, $"/{plan.Slug}/open-data/commitments.csv?asOf={before}");
        var response = await client.GetAsync($"/{plan.Slug}/open-data/milestones.csv?asOf={before}");

        Assert.Equal(["100", "50", "10"], today.Column("reported_progress"));
        Assert.All(then.Column("reported_progress"), v => Assert.Equal("0", v));
        Assert.All(then.Column("figures_as_of"), v => Assert.Equal(before, v));
        Assert.Equal(0m, commitmentsThen.Sum("reported_progress"));
        Assert.Equal(62m, (await OpenDataFiles.CsvAsync(client, $"/{plan.Slug}/open-data/commitments.csv")).Sum("reported_progress"));
        Assert.Contains($"-milestones-{before}.csv", response.Content.Headers.ContentDisposition!.FileName, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-13-01")]
    [InlineData("ayer")]
    [InlineData("2999-01-01")]
    public async Task AsOf_NotADayUpToToday_Returns400WithAMessage(string asOf)
    {
        var response = await factory.CreateAnonymousClient().GetAsync($"/pastaza/open-data/milestones.csv?asOf={asOf}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(asOf, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string Prefix(string? slug) => slug is null ? "/open-data" : $"/{slug}/open-data";

    private static bool LooksLikeFormula(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    private static Task<Commitment> CommitmentAsync(AppDbContext db, TestPlan plan) =>
        db.Commitments.SingleAsync(c => c.Code == "TP-01" && db.ActionPlans.Any(p => p.Id == c.ActionPlanId && p.Jurisdiction!.Slug == plan.Slug));

    /// <summary>Row counts and column totals counted straight from the tables, for a jurisdiction or (null) for all.</summary>
    private static async Task<Dictionary<string, (int Count, Dictionary<string, decimal> Sums)>> ExpectedAsync(AppDbContext db, string? slug)
    {
        var jurisdictions = await db.Jurisdictions.Where(j => slug == null || j.Slug == slug).Select(j => j.Id).ToListAsync();
        var plans = await db.ActionPlans.Where(p => jurisdictions.Contains(p.JurisdictionId)).Select(p => p.Id).ToListAsync();
        var commitments = db.Commitments.Where(c => plans.Contains(c.ActionPlanId));
        var milestones = db.Milestones.Where(m => commitments.Any(c => c.Id == m.CommitmentId));
        var updates = db.ProgressUpdates.Where(u => milestones.Any(m => m.Id == u.MilestoneId));
        var reports = db.MonitoringReports.Where(r => plans.Contains(r.ActionPlanId) && r.Status == ReportStatus.Published);
        var meetings = db.CommitteeMeetings.Where(m => jurisdictions.Contains(m.JurisdictionId) && m.Status != MeetingStatus.Draft);
        var workshops = db.Workshops.Where(w => plans.Contains(w.ActionPlanId));
        var datasets = db.Datasets.Where(d => commitments.Any(c => c.Id == d.CommitmentId));
        var cells = (await db.DatasetRows.Where(r => datasets.Any(d => d.Id == r.DatasetId)).Select(r => r.Cells).ToListAsync()).Sum(c => c.Count);

        return new()
        {
            ["jurisdictions"] = (jurisdictions.Count, new()),
            ["action_plans"] = (plans.Count, new()),
            ["commitments"] = (await commitments.CountAsync(), new() { ["number"] = await commitments.SumAsync(c => (decimal)c.Number) }),
            ["milestones"] = (await milestones.CountAsync(), new()
            {
                ["reported_progress"] = await milestones.SumAsync(m => (decimal)m.Progress),
                ["verified_progress"] = await db.MilestoneFigures.Where(f => milestones.Any(m => m.Id == f.MilestoneId)).SumAsync(f => (decimal?)f.VerifiedProgress) ?? 0,
            }),
            ["progress_updates"] = (await updates.CountAsync(), new() { ["progress"] = await updates.SumAsync(u => (decimal)u.Progress) }),
            ["evidence_files"] = (await db.EvidenceFiles.CountAsync(f => updates.Any(u => u.Id == f.ProgressUpdateId)),
                new() { ["size_bytes"] = await db.EvidenceFiles.Where(f => updates.Any(u => u.Id == f.ProgressUpdateId)).SumAsync(f => (decimal)f.SizeBytes) }),
            ["evidence_links"] = (await db.EvidenceLinks.CountAsync(l => updates.Any(u => u.Id == l.ProgressUpdateId)), new()),
            ["verifications"] = (await db.Verifications.CountAsync(v => updates.Any(u => u.Id == v.ProgressUpdateId)), new()),
            ["monitoring_reports"] = (await reports.CountAsync(), new()),
            ["commitment_assessments"] = (await db.CommitmentAssessments.CountAsync(a => reports.Any(r => r.Id == a.MonitoringReportId)), new()),
            ["meetings"] = (await meetings.CountAsync(), new() { ["attendee_count"] = await meetings.SumAsync(m => (decimal?)m.AttendeeCount) ?? 0 }),
            ["workshops"] = (await workshops.CountAsync(), new()
            {
                ["total"] = await workshops.SumAsync(w => (decimal)(w.Men + w.Women)),
                ["public"] = await workshops.SumAsync(w => (decimal)w.Public),
            }),
            ["proposals"] = (await db.Proposals.CountAsync(p => plans.Contains(p.ActionPlanId)), new()),
            ["datasets"] = (await datasets.CountAsync(), new() { ["rows"] = await db.DatasetRows.CountAsync(r => datasets.Any(d => d.Id == r.DatasetId)) }),
            ["dataset_values"] = (cells, new()),
        };
    }
}
