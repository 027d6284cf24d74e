using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenGov.Web.Data;
using OpenGov.Web.Data.Interceptors;
using OpenGov.Web.Identity;

namespace OpenGov.Web.Tests.Infrastructure;

/// <summary>
/// Hosts the app against a uniquely named PostgreSQL database created for this test run on the
/// server in OPENGOV_DB (test.sh starts one). The migrations are applied by the app at start-up,
/// so they are tested too; the database is dropped at the end.
/// </summary>
public class OpenGovFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _serverConnection;

    /// <summary>
    /// Where the test clients send their requests: HTTPS, as behind the production proxy, so the
    /// production cookies (__Host-, Secure) are the ones tested (ADR-045).
    /// </summary>
    public static readonly Uri Https = new("https://localhost");

    // Another app instance on the database of the factory it joined (scale-out tests): it creates,
    // seeds and drops nothing, and shares that factory's mail folder.
    private readonly bool _joined;

    public OpenGovFactory()
    {
        ClientOptions.BaseAddress = Https;
        _serverConnection = Environment.GetEnvironmentVariable("OPENGOV_DB")
            ?? throw new InvalidOperationException("OPENGOV_DB is not set: run the tests with ./test.sh.");
        var builder = new NpgsqlConnectionStringBuilder(_serverConnection)
        {
            Database = $"opengov_test_{DateTime.UtcNow:yyyyMMddHHmmss}_{Guid.NewGuid():N}"[..50],
        };
        ConnectionString = builder.ConnectionString;
    }

    /// <summary>A second app instance on the database (and mail folder) of <paramref name="first"/>.</summary>
    protected OpenGovFactory(OpenGovFactory first)
    {
        ClientOptions.BaseAddress = Https;
        _serverConnection = first._serverConnection;
        ConnectionString = first.ConnectionString;
        MailDirectory = first.MailDirectory;
        _joined = true;
    }

    public string ConnectionString { get; }

    /// <summary>Where the app writes its e-mails during this run (a temporary folder, removed at the end).</summary>
    public string MailDirectory { get; } = Path.Combine(Path.GetTempPath(), $"opengov-mail-{Guid.NewGuid():N}");

    public QueryCounter QueryCounter => Services.GetRequiredService<QueryCounter>();

    public async Task InitializeAsync()
    {
        if (_joined)
        {
            // Starts this instance's host on the database its first instance created and seeded.
            WarmUpKeyRing();
            return;
        }

        await using (var connection = new NpgsqlConnection(_serverConnection))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{new NpgsqlConnectionStringBuilder(ConnectionString).Database}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        // Starting the host applies the migrations (Testing environment); then the demo data goes in.
        using var scope = Services.CreateScope();
        await SeedAsync(scope.ServiceProvider);
        WarmUpKeyRing();
    }

    // The Data Protection key ring lives in the database (ADR-042): it is read (and its first key
    // written) now, not inside the first test that happens to count a page's queries.
    private void WarmUpKeyRing() =>
        Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("warm-up").Protect("warm-up");

    /// <summary>Loads the data every web test can rely on: the demo data of ./run.sh.</summary>
    protected virtual Task SeedAsync(IServiceProvider services) => Seeding.SeedDemoDataAsync(services);

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_joined)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_serverConnection);
        await connection.OpenAsync();
        var name = new NpgsqlConnectionStringBuilder(ConnectionString).Database;
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
        if (Directory.Exists(MailDirectory))
        {
            Directory.Delete(MailDirectory, recursive: true);
        }
    }

    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> action)
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await action(db);
    }

    public async Task WithDbAsync(Func<AppDbContext, Task> action)
    {
        using var scope = Services.CreateScope();
        await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    /// <summary>A client signed in through the test scheme as the given role(s) and institutions.</summary>
    public HttpClient CreateClientAs(TestUser user, bool followRedirects = false)
    {
        EnsureAccount(user);
        var client = CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = Https, AllowAutoRedirect = followRedirects });
        client.DefaultRequestHeaders.Add(TestAuthHandler.Header, user.ToHeader());
        return client;
    }

    /// <summary>
    /// Rows the test user writes (addenda, verdicts, reports) reference their account, as real
    /// users' rows do: the account exists before the first request.
    /// </summary>
    private void EnsureAccount(TestUser user)
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (!db.Users.Any(u => u.Id == user.Id))
        {
            db.Users.Add(new AppUser { Id = user.Id, UserName = user.Id, Email = $"{user.Id}@example.org", DisplayName = user.Id });
            db.SaveChanges();
        }
    }

    public HttpClient CreateAnonymousClient(bool followRedirects = false) =>
        CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = Https, AllowAutoRedirect = followRedirects });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("OPENGOV_DB", ConnectionString);
        builder.UseSetting("Email:PickupDirectory", MailDirectory);
        // Many tests sign in through the form from the same (test) address; the rate-limit tests
        // lower these on their own host.
        builder.UseSetting("RateLimits:SignInPerAccountPerMinute", "10000");
        builder.UseSetting("RateLimits:SignInPerAddressPerMinute", "10000");
        builder.UseSetting("RateLimits:RegisterPermitsPerMinute", "10000");
        builder.UseSetting("RateLimits:ParticipationPermitsPerMinute", "10000");
        builder.ConfigureTestServices(services =>
        {
            services.AddAuthentication()
                .AddScheme<AuthenticationSchemeOptions, TestAuthHandler>(TestAuthHandler.SchemeName, _ => { })
                .AddPolicyScheme(TestAuthHandler.Selector, TestAuthHandler.Selector, options =>
                    options.ForwardDefaultSelector = context =>
                        context.Request.Headers.ContainsKey(TestAuthHandler.Header) ? TestAuthHandler.SchemeName : IdentityConstants.ApplicationScheme);
            services.PostConfigure<AuthenticationOptions>(options =>
            {
                options.DefaultAuthenticateScheme = TestAuthHandler.Selector;
                options.DefaultChallengeScheme = TestAuthHandler.Selector;
                options.DefaultForbidScheme = TestAuthHandler.Selector;
            });
        });
    }
}
