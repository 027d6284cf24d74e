using Microsoft.EntityFrameworkCore;
using OpenGov.Core.Common;
using OpenGov.Web.Data;

namespace OpenGov.Web.Features.Admin;

public static class ConcurrencyExtensions
{
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
