using OpenGov.Web.Setup;

var builder = WebApplication.CreateBuilder(args);

builder.AddOpenGovLogging();
builder.AddOpenGovTelemetry();
builder.AddOpenGovData();
builder.AddOpenGovIdentity();
builder.AddOpenGovTwoFactor();
builder.AddOpenGovAuthorization();
builder.AddOpenGovLocalization();
builder.AddOpenGovSecurity();
builder.AddOpenGovCookies();
builder.AddOpenGovCaching();
builder.AddOpenGovScaleOut();
builder.AddOpenGovMvc();
builder.AddOpenGovEmail();
builder.AddOpenGovFeatures();
builder.AddOpenGovApi();

var app = builder.Build();

if (app.Environment.IsDevelopment() || app.Environment.IsEnvironment("Testing") || args.Contains("--migrate"))
{
    await app.MigrateDatabaseAsync();
    if (args.Contains("--migrate"))
    {
        // With several instances one job migrates and loads the demo data before any of them serves.
        if (app.Configuration.GetValue<bool>("Seed:DemoData"))
        {
            await app.SeedDemoDataAsync();
        }

        return;
    }
}

if (args.Contains("--refresh-figures"))
{
    await app.RefreshFiguresAsync();
    return;
}

if (app.Environment.IsDevelopment() || app.Configuration.GetValue<bool>("Seed:DemoData"))
{
    await app.SeedDemoDataAsync();
}

app.UseOpenGovPipeline();
await app.RunAsync();

/// <summary>Entry point, public so WebApplicationFactory&lt;Program&gt; can host the app in tests.</summary>
public partial class Program;
