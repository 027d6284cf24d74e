using OpenGov.Core.CoCreation;

namespace OpenGov.Core.Tests.CoCreation;

public class ProposalFunnelTests
{
    [Fact]
    public void CountsEachStageReachedFromTheLedger()
    {
        var ledger = new List<(ProposalStage, ProposalStage)>
        {
            (ProposalStage.Received, ProposalStage.Received),
            (ProposalStage.Rejected, ProposalStage.Received),
            (ProposalStage.Merged, ProposalStage.Grouped),
            (ProposalStage.Rejected, ProposalStage.Evaluated),
            (ProposalStage.Selected, ProposalStage.Selected),
        };

        var funnel = ProposalFunnel.FromLedger(ledger);

        Assert.Equal([5, 3, 2, 1], funnel.Steps.Select(s => s.Count));
        Assert.Equal(ProposalFunnel.Path, funnel.Steps.Select(s => s.Stage!.Value));
        Assert.Equal(1, funnel.Merged);
        Assert.Equal(2, funnel.Rejected);
    }

    [Fact]
    public void FollowsTheProposalsMovedThroughTheirStages()
    {
        var proposals = Enumerable.Range(0, 6).Select(_ => new Proposal { Text = "Propuesta" }).ToList();
        proposals[1].MoveTo(ProposalStage.Grouped, null);
        proposals[2].MoveTo(ProposalStage.Evaluated, null);
        proposals[2].MoveTo(ProposalStage.Rejected, "Fuera del alcance");
        proposals[3].MoveTo(ProposalStage.Selected, null, commitmentId: 1);
        proposals[4].MoveTo(ProposalStage.Merged, "Misma idea", mergedIntoProposalId: 9);

        var funnel = ProposalFunnel.FromLedger([.. proposals.Select(p => (p.Stage, p.ReachedStage))]);

        Assert.Equal(proposals.Count, funnel.Steps[0].Count);
        Assert.Equal([6, 3, 2, 1], funnel.Steps.Select(s => s.Count));
        Assert.Equal(proposals.Count(p => p.Stage == ProposalStage.Selected), funnel.Steps[^1].Count);
    }

    [Fact]
    public void UsesStageCountsInTheirOrderWhenThereIsNoLedger()
    {
        var funnel = ProposalFunnel.For([], [(4, "Compromisos", 10), (1, "Propuestas ciudadanas", 335), (3, "Propuestas integradas", 43), (2, "Sí gobierno abierto", 181)]);

        Assert.False(funnel.FromLedger);
        Assert.Equal([335, 181, 43, 10], funnel.Steps.Select(s => s.Count));
        Assert.Equal("Propuestas ciudadanas", funnel.Steps[0].Label);
    }

    [Fact]
    public void IsEmptyWithoutProposalsOrCounts()
    {
        Assert.True(ProposalFunnel.For([], []).IsEmpty);
    }
}
