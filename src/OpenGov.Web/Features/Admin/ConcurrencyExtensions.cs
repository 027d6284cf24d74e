using Microsoft.EntityFrameworkCore;
using OpenGov.Core.Common;
using OpenGov.Web.Data;

namespace OpenGov.Web.Features.Admin;

public static class ConcurrencyExtensions
{
    /// <summary>
    /// Deletes the entity from the version the confirmation page showed. Returns null when it is gone,
    /// otherwise the message to show: someone changed it meanwhile (the version check), or other data
    /// refers to it (a foreign key refuses the delete; nothing public is ever lost). The pages list
    /// the known blockers first (ADR-017); the audit trail holds no key to the record, so its own
    /// history never blocks the delete.
    /// </summary>
    public static async Task<string?> TryDeleteAsync(this AppDbContext db, Entity entity, uint version, ILogger logger, CancellationToken cancellationToken)
    {
        db.Entry(entity).Property(e => e.Version).OriginalValue = version;
        db.Remove(entity);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return AdminText.DeleteConflict;
        }
        catch (DbUpdateException exception)
        {
            logger.LogWarning(exception, "Delete of {EntityType} {EntityId} refused by the database", entity.GetType().Name, entity.Id);
            return AdminText.DependentsExist;
        }
    }

    /// <summary>
    /// Saves the entity only if its row is still at the version the form was loaded from. The row is
    /// marked modified even when only its relationships changed (lead institutions…), so the UPDATE with
    /// the version check always runs; unchanged columns are not written to the audit trail.
    /// </summary>
    public static void ExpectVersion(this AppDbContext db, Entity entity, uint version)
    {
        var entry = db.Entry(entity);
        entry.Property(e => e.Version).OriginalValue = version;
        if (entry.State == EntityState.Unchanged)
        {
            entry.State = EntityState.Modified;
        }
    }
}
