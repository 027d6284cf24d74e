using Microsoft.EntityFrameworkCore;
using OpenGov.Core.CoCreation;
using OpenGov.Web.Data;

namespace OpenGov.Web.Features.CoCreation;

/// <summary>Reads a plan's co-creation for the public pages; never selects a participant's name without consent.</summary>
public static class CoCreationQueries
{
    /// <summary>The summary in at most three queries (attendance sums, ledger by stage, stage counts when there is no ledger).</summary>
    public static async Task<CoCreationSummary> SummaryAsync(AppDbContext db, int planId, CancellationToken cancellationToken)
    {
        var sums = await db.Workshops.AsNoTracking().Where(w => w.ActionPlanId == planId)
            .GroupBy(w => w.ActionPlanId)
            .Select(g => new
            {
                Count = g.Count(),
                Attendance = new Attendance(
                    g.Sum(w => w.Men), g.Sum(w => w.Women), g.Sum(w => w.CivilSociety), g.Sum(w => w.Community), g.Sum(w => w.Ngo),
                    g.Sum(w => w.Associative), g.Sum(w => w.Private), g.Sum(w => w.Academia), g.Sum(w => w.Public)),
            })
            .SingleOrDefaultAsync(cancellationToken);
        return new CoCreationSummary(sums?.Count ?? 0, sums?.Attendance ?? Attendance.Empty, await FunnelAsync(db, planId, cancellationToken));
    }

    public static async Task<Funnel> FunnelAsync(AppDbContext db, int planId, CancellationToken cancellationToken)
    {
        var ledger = await LedgerFunnelAsync(db, planId, cancellationToken);
        return ledger.IsEmpty ? await StageCountFunnelAsync(db, planId, cancellationToken) : ledger;
    }

    /// <summary>
    /// The funnel in one query when the caller already knows whether the plan keeps a proposal
    /// ledger (the plan page asks it with the plan): from the ledger if so, else from the document's stage counts.
    /// </summary>
    public static Task<Funnel> FunnelAsync(AppDbContext db, int planId, bool hasLedger, CancellationToken cancellationToken) =>
        hasLedger ? LedgerFunnelAsync(db, planId, cancellationToken) : StageCountFunnelAsync(db, planId, cancellationToken);

    private static async Task<Funnel> LedgerFunnelAsync(AppDbContext db, int planId, CancellationToken cancellationToken)
    {
        var ledger = await db.Proposals.AsNoTracking().Where(p => p.ActionPlanId == planId)
            .GroupBy(p => new { p.Stage, p.ReachedStage })
            .Select(g => new { g.Key.Stage, g.Key.ReachedStage, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return ProposalFunnel.FromLedger([.. ledger.SelectMany(g => Enumerable.Repeat((g.Stage, g.ReachedStage), g.Count))]);
    }

    private static async Task<Funnel> StageCountFunnelAsync(AppDbContext db, int planId, CancellationToken cancellationToken)
    {
        var counts = await db.ProposalStageCounts.AsNoTracking().Where(c => c.ActionPlanId == planId)
            .Select(c => new { c.Order, c.Label, c.Count })
            .ToListAsync(cancellationToken);
        return ProposalFunnel.FromStageCounts(counts.Select(c => (c.Order, c.Label, c.Count)));
    }

    public static Task<List<WorkshopPublicItem>> WorkshopsAsync(AppDbContext db, int planId, CancellationToken cancellationToken) =>
        db.Workshops.AsNoTracking().Where(w => w.ActionPlanId == planId)
            .OrderBy(w => w.HeldOn).ThenBy(w => w.Title)
            .Select(w => new WorkshopPublicItem(
                w.Title, w.ThematicAxis, w.HeldOn, w.HeldUntil, w.Place, w.Stages, w.Facilitators,
                new Attendance(w.Men, w.Women, w.CivilSociety, w.Community, w.Ngo, w.Associative, w.Private, w.Academia, w.Public),

                // Consent is filtered in the database: a name without consent never leaves it for a public page.
                w.Participants.Where(p => p.ConsentToPublishName).OrderBy(p => p.Name).Select(p => p.Name).ToList(),
                w.DayNotStated))
            .ToListAsync(cancellationToken);
}
