using System.Text.Json;
using OpenGov.Core.Auditing;
using OpenGov.Web.Data;
using OpenGov.Web.Data.Auditing;

namespace OpenGov.Web.Features.Admin;

/// <summary>
/// Audit events the automatic trail cannot see: changes to Identity users (not portal entities) and
/// the reason for a re-planning (not a column). Added to the context, so they are saved in the same
/// transaction as the change they describe. Never holds an e-mail address.
/// </summary>
public sealed class AdminAudit(AppDbContext db, IAuditActorAccessor actorAccessor, TimeProvider clock)
{
    public void Record(string entityType, string entityId, AuditAction action, IReadOnlyDictionary<string, (object? Before, object? After)> changes, int? commitmentId = null)
    {
        var actor = actorAccessor.Current;
        db.AuditEvents.Add(new AuditEvent
        {
            OccurredAt = clock.GetUtcNow().UtcDateTime,
            ActorId = actor?.UserId,
            ActorRole = actor?.Role,
            EntityType = entityType,
            EntityId = entityId,
            Action = action,
            CommitmentId = commitmentId,
            Changes = JsonSerializer.Serialize(changes.ToDictionary(c => c.Key, c => new { before = c.Value.Before, after = c.Value.After })),
        });
    }
}
