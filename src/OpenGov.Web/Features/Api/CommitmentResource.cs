using OpenGov.Core.Commitments;

namespace OpenGov.Web.Features.Api;

/// <summary>
/// A commitment with the fields of the OGP commitment template and its progress on the day given
/// (<c>figures_as_of</c>): reported and verified percentages, the weighted average of its milestones
/// (null without data), and the most urgent verification state of its milestones (null without reports).
/// </summary>
public sealed record CommitmentResource(
    int Id,
    int ActionPlanId,
    string Code,
    int Number,
    string Title,
    string? ThematicAxis,
    string? Problem,
    string? StatusQuo,
    string? Description,
    string? HowItSolves,
    IReadOnlyList<string> OgpValues,
    IReadOnlyList<int> Sdgs,
    IReadOnlyList<string> LeadInstitutions,
    IReadOnlyList<string> SupportingInstitutions,
    string? Contact,
    decimal? Weight,
    string? SummaryEs,
    string? SummaryEn,
    string? SummaryQu,
    int Milestones,
    decimal? ReportedProgress,
    decimal? VerifiedProgress,
    VerificationState? VerificationState,
    DateOnly FiguresAsOf,
    bool IsIllustrative,
    ApiLinks Links);
