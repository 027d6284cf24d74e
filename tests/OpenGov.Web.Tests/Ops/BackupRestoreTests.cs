using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OpenGov.Web.Tests.Infrastructure;
using OpenGov.Web.Tests.ProgressUpdates;

namespace OpenGov.Web.Tests.Ops;

/// <summary>
/// <c>./run.sh backup</c> writes a pg_dump of the configured database into .data/backups/, and
/// <c>./run.sh restore FILE --database NAME</c> brings it back into a new database holding every row
/// of every table and the evidence files' bytes, which the portal serves again (ADR-045).
/// </summary>
[Collection(WebTestCollection.Name)]
public class BackupRestoreTests(OpenGovFactory factory)
{
    [Fact]
    public async Task Backup_RestoredIntoANewDatabase_HasEveryRowAndServesTheSameEvidenceBytes()
    {
        var (evidenceId, pdf) = await UploadEvidenceAsync();
        var counts = await RowCountsAsync(factory.ConnectionString);

        var backup = (await RunAsync("backup")).Trim().Split('\n')[^1];
        var restored = new NpgsqlConnectionStringBuilder(factory.ConnectionString) { Database = $"opengov_restored_{Guid.NewGuid():N}"[..40] };
        try
        {
            Assert.StartsWith(Path.Combine(RepositoryRoot, ".data", "backups") + "/", backup, StringComparison.Ordinal);
            Assert.EndsWith(".dump", backup, StringComparison.Ordinal);

            await RunAsync("restore", backup, "--database", restored.Database!);

            Assert.True(counts.Count > 30, $"Only {counts.Count} tables.");
            Assert.Equal(counts, await RowCountsAsync(restored.ConnectionString));
            using var host = factory.WithWebHostBuilder(builder => builder.UseSetting("OPENGOV_DB", restored.ConnectionString));
            var download = await host.CreateClient().GetAsync($"/evidence/{evidenceId}/informe.pdf");
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        }
        finally
        {
            File.Delete(backup);
            await DropAsync(restored.Database!);
        }
    }

    [Fact]
    public async Task Restore_OfAFileThatIsNoBackup_FailsAndCreatesNoDatabase()
    {
        var notABackup = Path.GetTempFileName();
        await File.WriteAllTextAsync(notABackup, "no es una copia");
        var name = $"opengov_never_{Guid.NewGuid():N}"[..30];
        try
        {
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => RunAsync("restore", notABackup, "--database", name));

            Assert.Contains("is not a pg_dump custom-format backup", error.Message);
            Assert.False(await DatabaseExistsAsync(name));
        }
        finally
        {
            File.Delete(notABackup);
        }
    }

    private async Task<(int Id, byte[] Pdf)> UploadEvidenceAsync()
    {
        var plan = await OfficialPlan.CreateAsync(factory);
        var client = plan.Official(factory);
        var url = OfficialPlan.ReportUrl(plan.OpenMilestoneId);
        var pdf = ReportForm.Pdf("Copia de seguridad");
        var form = await ReportForm.OpenAsync(client, url);
        var saved = await form.With("Progress", "60").With("Status", "InProgress").With("Narrative", "Con evidencia.")
            .WithFile("informe.pdf", pdf, "application/pdf").PostAsync(client, url);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var id = await factory.WithDbAsync(db => db.EvidenceFiles
            .Where(f => db.ProgressUpdates.Any(u => u.Id == f.ProgressUpdateId && u.MilestoneId == plan.OpenMilestoneId))
            .Select(f => f.Id).SingleAsync());
        return (id, pdf);
    }

    private static async Task<SortedDictionary<string, long>> RowCountsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            await using var count = new NpgsqlCommand($"SELECT count(*) FROM \"{table}\"", connection);
            counts[table] = (long)(await count.ExecuteScalarAsync())!;
        }

        return counts;
    }

    private static async Task<bool> DatabaseExistsAsync(string name)
    {
        await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable("OPENGOV_DB"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @name", connection);
        command.Parameters.AddWithValue("name", name);
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }

    private static async Task DropAsync(string name)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable("OPENGOV_DB"));
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    /// <summary>./run.sh with the given arguments on this run's database; its standard output, or the failure with what it said.</summary>
    private async Task<string> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { WorkingDirectory = RepositoryRoot, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add(Path.Combine(RepositoryRoot, "run.sh"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["OPENGOV_DB"] = factory.ConnectionString;
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"./run.sh {string.Join(' ', arguments)} exited with {process.ExitCode}: {await error}");
        }

        return await output;
    }

    private static string RepositoryRoot { get; } = FindRepositoryRoot();

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "run.sh")) && File.Exists(Path.Combine(directory.FullName, "OpenGov.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("run.sh not found above " + AppContext.BaseDirectory);
    }
}
