using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenGov.Web.Data;

namespace OpenGov.Web.Identity;

/// <summary>
/// Identity's authenticator check (codes of the current step and two either side, for clocks that
/// drift) with one addition: a code is accepted once. The account keeps the last accepted step and a
/// conditional UPDATE moves it forward, so a code of that step or an earlier one is refused, even when
/// two requests race with the same code (ADR-044). Registered as Identity's authenticator provider.
/// </summary>
public sealed class OneTimeAuthenticatorTokenProvider(AppDbContext db, TimeProvider clock) : IUserTwoFactorTokenProvider<AppUser>
{
    private const int Drift = 2;

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<AppUser> manager, AppUser user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    // The app computes the codes; the server never sends one.
    public Task<string> GenerateAsync(string purpose, UserManager<AppUser> manager, AppUser user) => Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<AppUser> manager, AppUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        var code = Totp.Normalize(token);
        if (string.IsNullOrWhiteSpace(key) || code is null)
        {
            return false;
        }

        var keyBytes = Totp.FromBase32(key);
        var now = Totp.StepAt(clock.GetUtcNow());
        long? matched = null;
        for (var step = now - Drift; step <= now + Drift; step++)
        {
            if (CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Totp.Code(keyBytes, step)), Encoding.ASCII.GetBytes(code)))
            {
                matched = step;
                break;
            }
        }

        if (matched is not { } accepted)
        {
            return false;
        }

        var moved = await db.Users
            .Where(u => u.Id == user.Id && (u.LastTotpStep == null || u.LastTotpStep < accepted))
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LastTotpStep, accepted));
        return moved == 1;
    }
}
