using OpenGov.Core.Commitments;

namespace OpenGov.Web.Features.Verifications;

/// <summary>A progress update awaiting (or having had) the committee's review, with where it belongs and its evidence.</summary>
public sealed record VerificationQueueItem(
    int Id,
    DateTime ReportedAt,
    int Progress,
    MilestoneStatus Status,
    string Narrative,
    string JurisdictionSlug,
    string JurisdictionName,
    int PlanNumber,
    string CommitmentCode,
    string CommitmentTitle,
    int MilestoneOrder,
    string MilestoneTitle,
    string Institution,
    int JurisdictionId,
    int ResponsibleInstitutionId,
    string? AuthorId,
    IReadOnlyList<EvidenceFileItem> Files,
    IReadOnlyList<string> Links,
    IReadOnlyList<VerdictHistoryItem> Verdicts)
{
    /// <summary>What the second key is checked against (<see cref="Authorization.VerificationAuthorizationHandler"/>).</summary>
    public Authorization.VerificationTarget Target => new(JurisdictionId, ResponsibleInstitutionId, AuthorId);
}
