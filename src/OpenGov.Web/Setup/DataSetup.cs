using Microsoft.EntityFrameworkCore;
using Npgsql;
using OpenGov.Web.Data;
using OpenGov.Web.Data.Auditing;
using OpenGov.Web.Data.Interceptors;
using OpenGov.Web.Data.Seed;

namespace OpenGov.Web.Setup;

public static class DataSetup
{
    /// <summary>
    /// The connection string comes from OPENGOV_DB (set by run.sh/test.sh or the operator) or
    /// ConnectionStrings:Default. Short connect and command timeouts make a database outage fail
    /// fast with a 503 page instead of hanging requests for a minute.
    /// </summary>
    public static WebApplicationBuilder AddOpenGovData(this WebApplicationBuilder builder)
    {
        var raw = builder.Configuration["OPENGOV_DB"] ?? builder.Configuration.GetConnectionString("Default")
            ?? throw new InvalidOperationException("Set OPENGOV_DB or ConnectionStrings:Default to a PostgreSQL connection string.");
        var connection = new NpgsqlConnectionStringBuilder(raw);
        if (!raw.Contains("Timeout", StringComparison.OrdinalIgnoreCase))
        {
            connection.Timeout = 2;
        }

        builder.Services.AddHttpContextAccessor();
        // "Today" (due soon, overdue, audit times) comes from DI so tests can replace the clock.
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddScoped<IAuditActorAccessor, HttpAuditActorAccessor>();

        var queryCounter = new QueryCounter();
        builder.Services.AddSingleton(queryCounter);
        builder.Services.AddDbContext<AppDbContext>(options => options
            .UseNpgsql(connection.ConnectionString, npgsql => npgsql.CommandTimeout(30))
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(queryCounter));
        return builder;
    }

    /// <summary>
    /// Applies pending migrations at start-up in Development and Testing only; production runs
    /// them explicitly with <c>--migrate</c> so a deploy never changes the schema by surprise.
    /// </summary>
    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync();
    }

    /// <summary>
    /// Demo data from the source documents into an empty database; the demo accounts (with their
    /// published password) only ever in Development.
    /// </summary>
    public static async Task SeedDemoDataAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        await DemoDataSeeder.SeedAsync(scope.ServiceProvider);
        if (app.Environment.IsDevelopment())
        {
            await DemoAccounts.EnsureAsync(scope.ServiceProvider);
        }
    }
}
