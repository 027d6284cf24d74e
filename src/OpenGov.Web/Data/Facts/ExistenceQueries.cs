using OpenGov.Core.Auditing;
using OpenGov.Core.Commitments;

namespace OpenGov.Web.Data.Facts;

/// <summary>
/// Which records existed at the end of a day (ADR-034): a record whose creation the audit trail records
/// after that day did not. Records loaded without an author (the demo data, a bulk load) have no
/// "Created" event and count as always there. Milestones get the same rule in <see cref="MilestoneReplay"/>.
/// </summary>
public static class ExistenceQueries
{
    public static IQueryable<Commitment> ExistingOn(this IQueryable<Commitment> commitments, AppDbContext db, DateOnly? asOf)
    {
        if (asOf is not { } day)
        {
            return commitments;
        }

        var end = VerificationQueries.EndOf(day);
        return commitments.Where(c => !db.AuditEvents.Any(e =>
            e.EntityType == nameof(Commitment) && e.Action == AuditAction.Created && e.OccurredAt >= end && e.EntityId == c.Id.ToString()));
    }
}
