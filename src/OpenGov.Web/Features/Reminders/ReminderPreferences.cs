using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using OpenGov.Core.Reminders;
using OpenGov.Web.Data;

namespace OpenGov.Web.Features.Reminders;

public static class ReminderPreferences
{
    /// <summary>
    /// The person's reminder settings, created on first need with a random opt-out token (256 bits) and
    /// Spanish; INSERT ... ON CONFLICT so two schedulers or a scheduler and the account page never clash.
    /// </summary>
    public static async Task<ReminderPreference> EnsureAsync(this AppDbContext db, string userId, CancellationToken cancellationToken)
    {
        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO reminder_preferences (user_id, token, language)
            VALUES ({userId}, {token}, 'es-EC')
            ON CONFLICT (user_id) DO NOTHING
            """, cancellationToken);
        return await db.ReminderPreferences.SingleAsync(p => p.UserId == userId, cancellationToken);
    }

    /// <summary>The settings an opt-out link names; null for a missing or unknown token. Tokens are compared as sent (case kept).</summary>
    public static Task<ReminderPreference?> ByTokenAsync(this AppDbContext db, string? token, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(token) || token.Length > 64
            ? Task.FromResult<ReminderPreference?>(null)
            : db.ReminderPreferences.SingleOrDefaultAsync(p => p.Token == token, cancellationToken);
}
