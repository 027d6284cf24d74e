using Microsoft.EntityFrameworkCore;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Data;

/// <summary>The settings the app's database connections run with, whatever the server's defaults.</summary>
[Collection(WebTestCollection.Name)]
public class ConnectionSettingsTests(OpenGovFactory factory)
{
    [Fact]
    public async Task AppConnections_NeverCompileQueries()
    {
        // PostgreSQL's JIT once took 720 ms to compile the commitment page's first query, which runs in 2 ms.
        var jit = await factory.WithDbAsync(db =>
            db.Database.SqlQueryRaw<string>("SELECT current_setting('jit') AS \"Value\"").SingleAsync());

        Assert.Equal("off", jit);
    }
}
