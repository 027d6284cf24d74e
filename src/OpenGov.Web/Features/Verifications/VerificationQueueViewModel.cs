namespace OpenGov.Web.Features.Verifications;

/// <summary>
/// A steering-body member's queue: one page of unreviewed updates of their jurisdictions, and the latest
/// reviewed ones (to change a verdict).
/// </summary>
public sealed record VerificationQueueViewModel(
    IReadOnlyList<VerificationQueueItem> Items,
    int Page,
    int PageCount,
    int TotalCount,
    IReadOnlyList<VerificationQueueItem> RecentlyReviewed,
    IReadOnlyList<JurisdictionOption> Jurisdictions,
    string? Jurisdiction)
{
    /// <summary>Unreviewed updates left out because the member's own institution reported them (two keys).</summary>
    public int OwnInstitutionCount { get; init; }
}
