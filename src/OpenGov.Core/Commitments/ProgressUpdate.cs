using OpenGov.Core.Common;

namespace OpenGov.Core.Commitments;

/// <summary>
/// One entry of a milestone's public timeline. Append-only: never edited after saving;
/// a mistake is corrected by a new update that says so.
/// </summary>
public class ProgressUpdate : Entity
{
    private readonly List<EvidenceFile> _files = [];
    private readonly List<EvidenceLink> _links = [];
    private readonly List<Verification> _verifications = [];

    public int MilestoneId { get; init; }

    /// <summary>The Identity user who reported it; null for figures loaded from a published document.</summary>
    public string? AuthorId { get; init; }
    public int? AuthorInstitutionId { get; init; }
    public DateTime ReportedAt { get; init; }
    public int Progress { get; init; }
    public MilestoneStatus Status { get; init; }
    public required string Narrative { get; init; }

    public IReadOnlyCollection<EvidenceFile> Files => _files;
    public IReadOnlyCollection<EvidenceLink> Links => _links;
    public IReadOnlyCollection<Verification> Verifications => _verifications;

    internal void AttachEvidence(IEnumerable<EvidenceFile> files, IEnumerable<EvidenceLink> links)
    {
        _files.AddRange(files);
        _links.AddRange(links);
    }

    /// <summary>Adds a committee verdict; earlier verdicts stay, so the history is kept.</summary>
    public Verification Verify(string reviewerId, VerificationVerdict verdict, string? comment, DateTime recordedAtUtc)
    {
        var verification = Verification.Record(this, reviewerId, verdict, comment, recordedAtUtc);
        _verifications.Add(verification);
        return verification;
    }
}
