namespace OpenGov.Web.Features.Commitments;

using OpenGov.Core.Commitments;
using OpenGov.Web.Features.Shared;

/// <summary>
/// A commitment card (home) or row (plan page) with its computed progress: reported, committee-verified
/// (null: nothing verified) and the most urgent verification state of its milestones.
/// </summary>
public sealed record CommitmentListItem(
    string Code,
    string Title,
    string? ThematicAxis,
    IReadOnlyList<string> LeadInstitutions,
    decimal? Progress,
    int MilestoneCount,
    bool IsIllustrative,
    decimal? VerifiedProgress = null,
    StatusTagKind? Verification = null)
{
    /// <summary>How its milestones stand against their dates: the card's "A tiempo" / "Con retraso" / "Terminado" (ADR-037).</summary>
    public ScheduleTally Schedule { get; init; } = ScheduleTally.Empty;
}
