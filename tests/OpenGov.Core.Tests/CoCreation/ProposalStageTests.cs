using OpenGov.Core.CoCreation;
using OpenGov.Core.Common;

namespace OpenGov.Core.Tests.CoCreation;

public class ProposalStageTests
{
    private static Proposal NewProposal() => new() { Text = "Publicar los contratos viales" };

    [Theory]
    [InlineData(ProposalStage.Rejected)]
    [InlineData(ProposalStage.Merged)]
    public void RequiresAReasonToMergeOrReject(ProposalStage stage)
    {
        var proposal = NewProposal();

        Assert.Throws<DomainException>(() => proposal.MoveTo(stage, "  ", stage == ProposalStage.Merged ? 7 : null));
        Assert.Equal(ProposalStage.Received, proposal.Stage);
    }

    [Fact]
    public void RequiresTheProposalItWasMergedInto()
    {
        Assert.Throws<DomainException>(() => NewProposal().MoveTo(ProposalStage.Merged, "Duplicada"));
    }

    [Fact]
    public void OnlyASelectedProposalBecomesACommitment()
    {
        var proposal = NewProposal();

        Assert.Throws<DomainException>(() => proposal.MoveTo(ProposalStage.Evaluated, null, commitmentId: 3));
        proposal.MoveTo(ProposalStage.Selected, null, commitmentId: 3);

        Assert.Equal(3, proposal.CommitmentId);
    }

    [Fact]
    public void KeepsTheStageItReachedWhenRejected()
    {
        var proposal = NewProposal();
        proposal.MoveTo(ProposalStage.Evaluated, null);

        proposal.MoveTo(ProposalStage.Rejected, "No es viable con el presupuesto del plan");

        Assert.Equal(ProposalStage.Rejected, proposal.Stage);
        Assert.Equal(ProposalStage.Evaluated, proposal.ReachedStage);
        Assert.Equal("No es viable con el presupuesto del plan", proposal.Reason);
    }
}
