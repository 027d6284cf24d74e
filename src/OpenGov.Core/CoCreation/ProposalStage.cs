namespace OpenGov.Core.CoCreation;

/// <summary>
/// Where a proposal stands. Received → Grouped → Evaluated → Selected is the path, in this order;
/// Merged and Rejected are outcomes that leave it (see <see cref="ProposalFunnel"/>).
/// </summary>
public enum ProposalStage
{
    Received,
    Grouped,
    Evaluated,
    Selected,
    Merged,
    Rejected,
}
