namespace OpenGov.Web.Features.ActionPlans;

/// <summary>One milestone on the two days of a comparison: its figures, its due date and what moved.</summary>
public sealed record MilestoneComparison(
    string CommitmentCode,
    int Order,
    string Title,
    ProgressChange Reported,
    ProgressChange Verified,
    DateOnly? DueFrom,
    DateOnly? DueTo,
    IReadOnlyList<MilestoneMove> Moves);
