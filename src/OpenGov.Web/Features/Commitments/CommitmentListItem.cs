namespace OpenGov.Web.Features.Commitments;

/// <summary>A commitment card (home) or row (plan page) with its computed progress.</summary>
public sealed record CommitmentListItem(
    string Code,
    string Title,
    string? ThematicAxis,
    string? LeadInstitution,
    decimal? Progress,
    int MilestoneCount,
    bool IsIllustrative);
