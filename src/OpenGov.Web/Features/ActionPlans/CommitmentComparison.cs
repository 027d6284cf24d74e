namespace OpenGov.Web.Features.ActionPlans;

/// <summary>A commitment on the two days of a comparison, with only its milestones that moved.</summary>
public sealed record CommitmentComparison(
    string Code,
    string Title,
    bool IsNew,
    ProgressChange Reported,
    ProgressChange Verified,
    IReadOnlyList<MilestoneComparison> Milestones);
