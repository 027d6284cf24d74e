using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using OpenGov.Core.Auditing;
using OpenGov.Core.ActionPlans;
using OpenGov.Core.Commitments;
using OpenGov.Core.Common;
using OpenGov.Core.CoCreation;
using OpenGov.Core.Jurisdictions;
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
        foreach (var entry in changeTracker.Entries().Where(IsAudited))
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
                // Keys, row versions, file contents and columns the database computes (the search
                // vectors, ADR-039) are not history a reader needs; a link row (a plan's lead
                // institution, say) is nothing but its keys, so those are kept.
                if ((property.Metadata.IsPrimaryKey() && !entry.Metadata.IsPropertyBag)
                    || property.Metadata.IsConcurrencyToken || property.Metadata.ClrType == typeof(byte[])
                    || property.Metadata.GetComputedColumnSql() is not null)
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
            EntityType = TypeName(p.Entry),
            EntityId = KeyOf(p.Entry),
            EntityLabel = LabelOf(p.Entry),
            Action = p.Action,
            CommitmentId = CommitmentOf(p.Entry),
            Changes = JsonSerializer.Serialize(p.Changes.ToDictionary(c => c.Key, c => new { before = c.Value[0], after = c.Value[1] })),
        });

    /// <summary>
    /// Entities, and the many-to-many link rows between them (lead and supporting institutions).
    /// Personal data never enters the history: follows and suggestions hold private e-mail addresses,
    /// workshop participants their names without necessarily their consent to publish them.
    /// </summary>
    private static bool IsAudited(EntityEntry entry) =>
        entry.Entity is Entity and not (Follow or Suggestion or Participant)
        || (entry.Metadata.IsPropertyBag && entry.Metadata.GetForeignKeys().All(fk => typeof(Entity).IsAssignableFrom(fk.PrincipalEntityType.ClrType)));

    // Link rows are named after their table: commitment_supporting_institutions → CommitmentSupportingInstitutions.
    private static string TypeName(EntityEntry entry) => entry.Metadata.IsPropertyBag
        ? string.Concat(entry.Metadata.Name.Split('_').Select(w => char.ToUpperInvariant(w[0]) + w[1..]))
        : entry.Metadata.ClrType.Name;

    private static string KeyOf(EntityEntry entry) => string.Join(':', entry.Metadata.FindPrimaryKey()!.Properties
        .Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, CultureInfo.InvariantCulture)));

    /// <summary>The name a reader knows the record by, kept with every event so a deleted record's history still reads.</summary>
    private static string? LabelOf(EntityEntry entry)
    {
        var label = entry.Entity switch
        {
            Commitment c => $"{c.Code} · {c.Title}",
            Milestone m => m.Title,
            Institution i => i.Name,
            ActionPlan p => p.Title,
            Workshop w => w.Title,
            _ => null,
        };
        return label is null || label.Length <= FieldLengths.Title ? label : label[..(FieldLengths.Title - 1)] + "…";
    }

    private static int? CommitmentOf(EntityEntry entry) => entry.Entity switch
    {
        Commitment commitment => commitment.Id,
        Milestone milestone => milestone.CommitmentId,
        _ when entry.Metadata.IsPropertyBag && entry.Metadata.FindProperty("CommitmentId") is { } key => (int?)entry.Property(key.Name).CurrentValue,
        _ => null,
    };
}
