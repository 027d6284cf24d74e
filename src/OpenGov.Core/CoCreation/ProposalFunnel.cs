namespace OpenGov.Core.CoCreation;

/// <summary>
/// Draws the funnel. From the ledger, each path stage (Received, Grouped, Evaluated, Selected, in
/// that order) counts the proposals that reached at least that stage, so Received is every
/// proposal and the counts never grow; merged and rejected ones count up to the stage they had
/// reached and are also given apart. A plan without a ledger uses its stage counts, in their order.
/// </summary>
public static class ProposalFunnel
{
    public static readonly IReadOnlyList<ProposalStage> Path =
        [ProposalStage.Received, ProposalStage.Grouped, ProposalStage.Evaluated, ProposalStage.Selected];

    public static Funnel FromLedger(IReadOnlyCollection<(ProposalStage Stage, ProposalStage Reached)> proposals) =>
        proposals.Count == 0
            ? Funnel.None
            : new Funnel(
                [.. Path.Select(stage => new FunnelStep(stage.ToString(), proposals.Count(p => p.Reached >= stage), stage))],
                proposals.Count(p => p.Stage == ProposalStage.Merged),
                proposals.Count(p => p.Stage == ProposalStage.Rejected),
                FromLedger: true);

    public static Funnel FromStageCounts(IEnumerable<(int Order, string Label, int Count)> counts) =>
        counts.OrderBy(c => c.Order).Select(c => new FunnelStep(c.Label, c.Count)).ToList() is { Count: > 0 } steps
            ? new Funnel(steps, 0, 0, FromLedger: false)
            : Funnel.None;

    /// <summary>The ledger when there is one (individual proposals are the better record), else the stage counts.</summary>
    public static Funnel For(
        IReadOnlyCollection<(ProposalStage Stage, ProposalStage Reached)> proposals, IEnumerable<(int Order, string Label, int Count)> counts) =>
        proposals.Count > 0 ? FromLedger(proposals) : FromStageCounts(counts);
}
