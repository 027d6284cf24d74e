using OpenGov.Core.Common;

namespace OpenGov.Core.CoCreation;

/// <summary>
/// One co-creation input and the answer it got (OGP Co-Creation Standard 4, "reasoned response"):
/// a merged or rejected proposal always says why, and a selected one may name the commitment it became.
/// </summary>
public class Proposal : Entity
{
    public int ActionPlanId { get; set; }
    public ProposalSource Source { get; set; }
    public int? WorkshopId { get; set; }
    public required string Text { get; set; }
    public string? Problem { get; set; }
    public string? Organization { get; set; }
    public string? ThematicAxis { get; set; }

    public ProposalStage Stage { get; private set; } = ProposalStage.Received;

    /// <summary>The furthest stage of the path (Received…Selected) it reached; kept when it is merged or rejected, so the funnel counts it there.</summary>
    public ProposalStage ReachedStage { get; private set; } = ProposalStage.Received;

    public string? Reason { get; private set; }
    public int? MergedIntoProposalId { get; private set; }
    public int? CommitmentId { get; private set; }

    public static bool NeedsReason(ProposalStage stage) => stage is ProposalStage.Merged or ProposalStage.Rejected;

    public static bool IsOnPath(ProposalStage stage) => stage <= ProposalStage.Selected;

    /// <summary>
    /// Moves the proposal. Merged and Rejected need a reason, and Merged the proposal it went into;
    /// a commitment can only be named for a selected proposal. Moving back along the path is a correction.
    /// </summary>
    public void MoveTo(ProposalStage stage, string? reason, int? mergedIntoProposalId = null, int? commitmentId = null)
    {
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (NeedsReason(stage) && reason is null)
        {
            throw new DomainException(ProposalErrors.ReasonRequired);
        }

        if (stage == ProposalStage.Merged && mergedIntoProposalId is null)
        {
            throw new DomainException(ProposalErrors.MergedIntoRequired);
        }

        if (stage == ProposalStage.Merged && mergedIntoProposalId == Id && Id != 0)
        {
            throw new DomainException(ProposalErrors.MergedIntoItself);
        }

        if (stage != ProposalStage.Merged && mergedIntoProposalId is not null)
        {
            throw new DomainException(ProposalErrors.MergedIntoWithoutMerge);
        }

        if (stage != ProposalStage.Selected && commitmentId is not null)
        {
            throw new DomainException(ProposalErrors.NotSelected);
        }

        Stage = stage;
        Reason = reason;
        MergedIntoProposalId = mergedIntoProposalId;
        CommitmentId = commitmentId;
        if (IsOnPath(stage))
        {
            ReachedStage = stage;
        }
    }
}
