using Microsoft.AspNetCore.Identity;
using OpenGov.Web.Features.Errors;

namespace OpenGov.Web.Identity;

/// <summary>
/// Makes sure every role in <see cref="Roles"/> exists when the app starts, so registration can add
/// Citizen and admins can assign the others. A database outage at start-up is logged, not fatal:
/// the app must come up and show its 503 page rather than crash-loop.
/// </summary>
public sealed class RoleSeeder(IServiceScopeFactory scopes, ILogger<RoleSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var scope = scopes.CreateScope();
            var roleManager = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
            foreach (var role in Roles.All)
            {
                if (!await roleManager.RoleExistsAsync(role))
                {
                    await roleManager.CreateAsync(new IdentityRole(role));
                    logger.LogInformation("Created role {Role}", role);
                }
            }
        }
        catch (Exception exception) when (DatabaseFailure.IsUnavailable(exception))
        {
            logger.LogWarning(exception, "Could not ensure the roles exist: database unavailable");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
