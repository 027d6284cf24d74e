using Microsoft.EntityFrameworkCore;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Data;

[Collection(WebTestCollection.Name)]
public class MigrationTests(OpenGovFactory factory)
{
    [Fact]
    public async Task Model_ComparedToMigrations_HasNoPendingChanges()
    {
        var pending = await factory.WithDbAsync(db => Task.FromResult(db.Database.HasPendingModelChanges()));
        Assert.False(pending, "The EF model has changes without a migration: run 'dotnet ef migrations add <VerbNoun>'.");
    }

    [Fact]
    public async Task Database_AfterStartUp_HasEveryMigrationApplied()
    {
        var pending = await factory.WithDbAsync(db => db.Database.GetPendingMigrationsAsync());
        Assert.Empty(pending);
    }
}
