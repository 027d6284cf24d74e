using System.Net;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;
using OpenGov.Web.Tests.ActionPlans;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.OpenData;

/// <summary>
/// Exports stream from the database to the response: a file of 20,000 progress updates (about 3 MB)
/// is written without the process allocating anything like the table several times over. The budget of
/// the million-row file is the benchmark's; this bounds the same path at a small size.
/// </summary>
[Collection(WebTestCollection.Name)]
public class OpenDataMemoryTests(OpenGovFactory factory, ITestOutputHelper output)
{
    private const int Updates = 20_000;

    [Fact]
    public async Task ProgressUpdatesCsv_20000Rows_AllocatesLessThan64MegabytesWhileDownloading()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1, updatesPerMilestone: 1);
        await factory.WithDbAsync(async db =>
        {
            var milestone = await db.Milestones
                .Where(m => m.Order == 2 && db.Commitments.Any(c => c.Id == m.CommitmentId && db.ActionPlans.Any(p => p.Id == c.ActionPlanId && p.Jurisdiction!.Slug == plan.Slug)))
                .Select(m => m.Id).SingleAsync();

            // Bulk rows straight into the table: the stored figures are not under test here.
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO progress_updates (milestone_id, reported_at, progress, status, narrative)
                SELECT {milestone}, now() - make_interval(mins => g), g % 100, 'InProgress',
                       'Avance sintético ' || g || ': se revisaron los expedientes del mes y se publicaron los resultados en el portal.'
                FROM generate_series(1, {Updates}) AS g
                """);
        });
        var client = factory.CreateAnonymousClient();
        var url = $"/{plan.Slug}/open-data/progress_updates.csv";
        await DrainAsync(client, "/santo-domingo/open-data/progress_updates.csv");

        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (bytes, lines) = await DrainAsync(client, url);
        clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        output.WriteLine($"{allocated / 1024} KB allocated while downloading {bytes / 1024} KB in {clock.ElapsedMilliseconds} ms");
        Assert.Equal(1 + Updates + 3, lines);
        Assert.True(bytes > 2_000_000, $"{bytes} bytes");
        Assert.True(allocated < 64L * 1024 * 1024, $"{allocated / (1024 * 1024)} MB allocated for a {bytes / 1024} KB file");
    }

    /// <summary>Reads a download in blocks, counting its bytes and lines, without keeping it.</summary>
    private static async Task<(long Bytes, int Lines)> DrainAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var stream = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[64 * 1024];
        long total = 0;
        var lines = 0;
        int read;
        while ((read = await stream.ReadAsync(buffer)) > 0)
        {
            total += read;
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
        }

        return (total, lines);
    }
}
