using OpenGov.Core.Commitments;

namespace OpenGov.Web.Features.Api;

/// <summary>
/// A progress report an institution filed on a milestone, with its evidence; append-only. The author
/// is given by institution, never by person.
/// </summary>
public sealed record ProgressUpdateResource(
    int Id,
    int MilestoneId,
    DateTime ReportedAt,
    int Progress,
    MilestoneStatus Status,
    string Narrative,
    string? Institution,
    IReadOnlyList<EvidenceFileResource> EvidenceFiles,
    IReadOnlyList<string> EvidenceLinks,
    ApiLinks Links);
