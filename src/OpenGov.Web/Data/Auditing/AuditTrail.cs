using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using OpenGov.Core.Auditing;
using OpenGov.Core.Commitments;
using OpenGov.Core.Common;
using OpenGov.Core.Participation;

namespace OpenGov.Web.Data.Auditing;

/// <summary>
/// Turns the tracked changes of one SaveChanges into AuditEvents. Values are captured before the
/// save (afterwards EF forgets the originals); ids of new rows are read after it.
/// </summary>
internal sealed class AuditTrail
{
    private readonly List<(EntityEntry Entry, AuditAction Action, Dictionary<string, object?[]> Changes)> _pending = [];

    public bool IsEmpty => _pending.Count == 0;

    public static AuditTrail Capture(ChangeTracker changeTracker)
    {
        var trail = new AuditTrail();
        // Follows hold private e-mail addresses: they never enter the public history.
        foreach (var entry in changeTracker.Entries().Where(e => e.Entity is Entity and not Follow))
        {
            var action = entry.State switch
            {
                EntityState.Added => AuditAction.Created,
                EntityState.Modified => AuditAction.Updated,
                EntityState.Deleted => AuditAction.Deleted,
                _ => (AuditAction?)null,
            };
            if (action is null)
            {
                continue;
            }

            var changes = new Dictionary<string, object?[]>();
            foreach (var property in entry.Properties)
            {
                // Keys, row versions and file contents are not history a reader needs.
                if (property.Metadata.IsPrimaryKey() || property.Metadata.IsConcurrencyToken || property.Metadata.ClrType == typeof(byte[]))
                {
                    continue;
                }

                var before = action == AuditAction.Created ? null : property.OriginalValue;
                var after = action == AuditAction.Deleted ? null : property.CurrentValue;
                if (action != AuditAction.Updated || !Equals(before, after))
                {
                    changes[property.Metadata.Name] = [before, after];
                }
            }

            if (changes.Count > 0 || action != AuditAction.Updated)
            {
                trail._pending.Add((entry, action.Value, changes));
            }
        }

        return trail;
    }

    public IEnumerable<AuditEvent> ToEvents(AuditActor actor, string? institutionName, DateTime nowUtc) =>
        _pending.Select(p => new AuditEvent
        {
            OccurredAt = nowUtc,
            ActorId = actor.UserId,
            ActorRole = actor.Role,
            ActorInstitution = institutionName,
            EntityType = p.Entry.Metadata.ClrType.Name,
            EntityId = Convert.ToString(p.Entry.Property(nameof(Entity.Id)).CurrentValue, CultureInfo.InvariantCulture) ?? "",
            Action = p.Action,
            CommitmentId = CommitmentOf(p.Entry),
            Changes = JsonSerializer.Serialize(p.Changes.ToDictionary(c => c.Key, c => new { before = c.Value[0], after = c.Value[1] })),
        });

    private static int? CommitmentOf(EntityEntry entry) => entry.Entity switch
    {
        Commitment commitment => commitment.Id,
        Milestone milestone => milestone.CommitmentId,
        _ => null,
    };
}
