using Microsoft.EntityFrameworkCore;
using Npgsql;
using OpenGov.Web.Data;
using OpenGov.Web.Data.Auditing;
using OpenGov.Web.Data.Facts;
using OpenGov.Web.Data.Interceptors;
using OpenGov.Web.Data.Seed;
using OpenGov.Web.Identity;
using OpenGov.Web.Infrastructure.Caching;

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

        // Every page runs the same few dozen statements: prepared once per physical connection
        // instead of parsed and planned on each request; a pooled connection is handed back
        // without the DISCARD ALL round trip, which would also drop those prepared statements
        // (ADR-026). An operator's own values in the connection string win.
        if (!raw.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase) && !raw.Contains("AutoPrepare", StringComparison.OrdinalIgnoreCase))
        {
            connection.MaxAutoPrepare = 100;
            connection.AutoPrepareMinUsages = 2;
        }

        if (!raw.Contains("Reset", StringComparison.OrdinalIgnoreCase))
        {
            connection.NoResetOnClose = true;
        }

        // No JIT compilation of queries: a page's queries run in milliseconds, but PostgreSQL
        // compiles any plan whose estimate passes jit_above_cost (an outer join over a few hundred
        // estimated rows is enough), and compiling takes several hundred milliseconds each time.
        if (!raw.Contains("Options", StringComparison.OrdinalIgnoreCase))
        {
            connection.Options = "-c jit=off";
        }

        builder.Services.AddHttpContextAccessor();
        // "Today" (due soon, overdue, audit times) comes from DI so tests can replace the clock.
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddScoped<IAuditActorAccessor, HttpAuditActorAccessor>();

        var queryCounter = new QueryCounter();
        builder.Services.AddSingleton(queryCounter);
        builder.Services.AddSingleton<PublicPageEviction>();
        builder.Services.AddSingleton<SecurityStampCache>();
        builder.Services.AddSingleton<SecurityStampEviction>();
        // Pooled contexts (ADR-026): the pool holds only singletons (options, interceptors); what
        // belongs to the request (the audit actor, the clock a test may replace) is bound to each
        // lease when the scope asks for its AppDbContext.
        builder.Services.AddPooledDbContextFactory<AppDbContext>((services, options) => options
            .UseNpgsql(connection.ConnectionString, npgsql => npgsql.CommandTimeout(30))
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(queryCounter, services.GetRequiredService<PublicPageEviction>(), services.GetRequiredService<SecurityStampEviction>()));
        builder.Services.AddScoped(services => services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext()
            .ForScope(services.GetService<IAuditActorAccessor>(), services.GetService<TimeProvider>()));
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
        if (await FiguresRefresh.AnyMissingAsync(db, CancellationToken.None))
        {
            await FiguresRefresh.RebuildAllAsync(db, CancellationToken.None);
        }
    }

    /// <summary>
    /// <c>--refresh-figures</c>: recomputes every stored figure from the history (ADR-029), for data loaded
    /// around the app (the benchmark's bulk load, a restore); the app keeps them itself on every save.
    /// </summary>
    public static async Task RefreshFiguresAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await FiguresRefresh.RebuildAllAsync(db, CancellationToken.None);
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
