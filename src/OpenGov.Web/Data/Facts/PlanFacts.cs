using Microsoft.EntityFrameworkCore;
using OpenGov.Core.Commitments;
using OpenGov.Web.Features.Milestones;
using OpenGov.Web.Features.Shared;

namespace OpenGov.Web.Data.Facts;

/// <summary>One commitment of a plan with its milestones (in order) and its roll-ups (ADR-005, ADR-009).</summary>
public sealed record CommitmentFacts(
    int Id,
    string Code,
    string Title,
    string? ThematicAxis,
    IReadOnlyList<string> LeadInstitutions,
    decimal? Weight,
    bool IsIllustrative,
    IReadOnlyList<MilestoneRow> Milestones)
{
    public CommitmentProgress Progress { get; } = CommitmentProgress.Of(Milestones.Select(m => m.Facts).ToList());
}

/// <summary>
/// The plan level of the read model (ADR-029): a plan's commitments in plan order, each with its
/// milestones and roll-ups, and the plan's roll-up with its coverage, computed by the Core rules from
/// the milestone projection. <see cref="IsIllustrative"/>: some figures come from illustrative commitments.
/// </summary>
public sealed record PlanFacts(int PlanId, IReadOnlyList<CommitmentFacts> Commitments)
{
    public PlanProgress Progress { get; } = PlanProgress.Of(Commitments.Select(c => (c.Weight, c.Progress)).ToList());

    public bool IsIllustrative => Commitments.Any(c => c.IsIllustrative && c.Progress.Reported.HasData);

    /// <summary>Every milestone of the plan, in commitment order then milestone order.</summary>
    public IEnumerable<MilestoneRow> Milestones => Commitments.SelectMany(c => c.Milestones);

    /// <summary>
    /// The facts of the given plans in two queries whatever their size (commitments, then milestones):
    /// today's, or with <paramref name="asOf"/> as they stood at the end of that day.
    /// </summary>
    public static async Task<IReadOnlyDictionary<int, PlanFacts>> LoadAsync(
        AppDbContext db, IReadOnlyCollection<int> planIds, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var commitments = await db.Commitments.AsNoTracking()
            .Where(c => planIds.Contains(c.ActionPlanId))
            .ExistingOn(db, asOf)
            .OrderBy(c => c.Number).ThenBy(c => c.Code)
            .Select(c => new
            {
                c.Id,
                c.ActionPlanId,
                c.Code,
                c.Title,
                c.ThematicAxis,
                Leads = c.LeadInstitutions.OrderBy(i => i.Name).Select(i => i.Name).ToList(),
                c.Weight,
                c.IsIllustrative,
            })
            .ToListAsync(cancellationToken);
        var milestones = (await db.Milestones.AsNoTracking().ForPlans(planIds).SelectRows(db, asOf).ToListAsync(cancellationToken))
            .ToLookup(m => m.CommitmentId);
        var byPlan = commitments.ToLookup(c => c.ActionPlanId);
        return planIds.Distinct().ToDictionary(
            id => id,
            id => new PlanFacts(id, byPlan[id]
                .Select(c => new CommitmentFacts(c.Id, c.Code, c.Title, c.ThematicAxis, c.Leads, c.Weight, c.IsIllustrative, milestones[c.Id].ToList()))
                .ToList()));
    }

    public static async Task<PlanFacts> LoadAsync(AppDbContext db, int planId, DateOnly? asOf, CancellationToken cancellationToken) =>
        (await LoadAsync(db, [planId], asOf, cancellationToken))[planId];
}
