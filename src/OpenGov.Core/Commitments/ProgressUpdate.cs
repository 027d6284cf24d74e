using OpenGov.Core.Common;

namespace OpenGov.Core.Commitments;

/// <summary>
/// One entry of a milestone's public timeline. Append-only: never edited after saving;
/// a mistake is corrected by a new update that says so.
/// </summary>
public class ProgressUpdate : Entity
{
    public int MilestoneId { get; init; }

    /// <summary>The Identity user who reported it; null for figures loaded from a published document.</summary>
    public string? AuthorId { get; init; }
    public int? AuthorInstitutionId { get; init; }
    public DateTime ReportedAt { get; init; }
    public int Progress { get; init; }
    public MilestoneStatus Status { get; init; }
    public required string Narrative { get; init; }
}
