using OpenGov.Core.Common;

namespace OpenGov.Core.CoCreation;

/// <summary>
/// One step of a historical plan's funnel when its individual proposals are not available
/// (the national plan's 335 → 181 → 43 → 10): a label, its place in the order, and a count.
/// </summary>
public class ProposalStageCount : Entity
{
    public int ActionPlanId { get; set; }
    public int Order { get; set; }
    public required string Label { get; set; }
    public int Count { get; set; }

    public static ProposalStageCount Create(int actionPlanId, int order, string label, int count)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            throw new DomainException(ProposalErrors.StageLabelRequired);
        }

        if (count < 0)
        {
            throw new DomainException(ProposalErrors.StageCountNegative);
        }

        return new ProposalStageCount { ActionPlanId = actionPlanId, Order = order, Label = label.Trim(), Count = count };
    }
}
