using System.Globalization;
using System.Text.Json;
using OpenGov.Web.Tests.Infrastructure;
using OpenGov.Web.Tests.OpenData;

namespace OpenGov.Web.Tests.Api;

/// <summary>The API, the open-data files and the pages read the same facts: the same figure for every commitment, milestone and plan, today and as of a past day.</summary>
[Collection(WebTestCollection.Name)]
public class ApiFiguresTests(OpenGovFactory factory)
{
    public static TheoryData<string?> Days => new() { null, "2026-03-31", "2025-12-31" };

    [Theory]
    [MemberData(nameof(Days))]
    public async Task Commitments_SameFiguresAsTheOpenDataFile(string? asOf)
    {
        var client = factory.CreateAnonymousClient();
        var query = asOf is null ? "" : $"?asOf={asOf}";

        var file = await OpenDataFiles.CsvAsync(client, $"/pastaza/open-data/commitments.csv{query}");
        var (rows, _) = await ApiClient.AllAsync(client, $"/api/v1/commitments?jurisdiction=pastaza&limit=200{(asOf is null ? "" : "&asOf=" + asOf)}");

        Assert.Equal(file.Rows.Count, rows.Count);
        var byId = rows.ToDictionary(r => r.GetProperty("id").GetInt32());
        foreach (var line in file.Rows)
        {
            var api = byId[int.Parse(line[file.IndexOf("id")], CultureInfo.InvariantCulture)];
            Assert.Equal(line[file.IndexOf("reported_progress")], Text(api.GetProperty("reported_progress")));
            Assert.Equal(line[file.IndexOf("verified_progress")], Text(api.GetProperty("verified_progress")));
            Assert.Equal(line[file.IndexOf("verification_state")], Text(api.GetProperty("verification_state")));
            Assert.Equal(line[file.IndexOf("figures_as_of")], Text(api.GetProperty("figures_as_of")));
        }
    }

    [Theory]
    [MemberData(nameof(Days))]
    public async Task Milestones_SameFiguresAsTheOpenDataFile(string? asOf)
    {
        var client = factory.CreateAnonymousClient();
        var query = asOf is null ? "" : $"?asOf={asOf}";

        var file = await OpenDataFiles.CsvAsync(client, $"/pastaza/open-data/milestones.csv{query}");
        var planIds = file.Column("commitment_id").Distinct().Count();
        var (rows, _) = await ApiClient.AllAsync(client, $"/api/v1/milestones?limit=200{(asOf is null ? "" : "&asOf=" + asOf)}");
        var byId = rows.ToDictionary(r => r.GetProperty("id").GetInt32());

        Assert.True(planIds > 0);
        foreach (var line in file.Rows)
        {
            var api = byId[int.Parse(line[file.IndexOf("id")], CultureInfo.InvariantCulture)];
            foreach (var column in new[] { "reported_progress", "verified_progress", "verification_state", "schedule_state", "current_end", "status", "expected_output", "means_of_verification" })
            {
                var property = column;
                Assert.True(line[file.IndexOf(column)] == Text(api.GetProperty(property)), $"milestone {line[0]} {column}: file {line[file.IndexOf(column)]}, API {api.GetProperty(property)}");
            }
        }
    }

    [Fact]
    public async Task Plans_TodaysFiguresAreTheStoredOnes_AndAsOfTodayIsTheSame()
    {
        var client = factory.CreateAnonymousClient();
        var file = await OpenDataFiles.CsvAsync(client, "/pastaza/open-data/action_plans.csv");
        var plans = (await ApiClient.AllAsync(client, "/api/v1/plans?jurisdiction=pastaza")).Rows;

        Assert.Equal(file.Rows.Count, plans.Count);
        foreach (var plan in plans)
        {
            var line = file.Rows.Single(r => r[0] == plan.GetProperty("id").GetInt32().ToString(CultureInfo.InvariantCulture));
            Assert.Equal(line[file.IndexOf("reported_progress")], Text(plan.GetProperty("reported_progress")));
            Assert.Equal(line[file.IndexOf("commitments_with_data")], Text(plan.GetProperty("commitments_with_data")));

            // Replaying the whole history up to yesterday's end gives what the stored figures say when nothing was written today.
            var id = plan.GetProperty("id").GetInt32();
            var replayed = await ApiClient.GetJsonAsync(client, $"/api/v1/plans/{id}?asOf={DateTime.UtcNow:yyyy-MM-dd}");
            Assert.Equal(Text(plan.GetProperty("reported_progress")), Text(replayed.GetProperty("reported_progress")));
        }
    }

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => "",
        JsonValueKind.Number => value.GetDecimal().ToString(CultureInfo.InvariantCulture),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.GetString()!,
    };
}
