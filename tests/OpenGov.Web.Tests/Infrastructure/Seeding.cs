using OpenGov.Web.Data.Seed;

namespace OpenGov.Web.Tests.Infrastructure;

public static class Seeding
{
    /// <summary>The same demo data and demo accounts ./run.sh loads in Development.</summary>
    public static async Task SeedDemoDataAsync(IServiceProvider services)
    {
        await DemoDataSeeder.SeedAsync(services);
        await DemoAccounts.EnsureAsync(services);
    }
}
