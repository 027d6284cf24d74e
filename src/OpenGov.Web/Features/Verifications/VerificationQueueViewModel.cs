namespace OpenGov.Web.Features.Verifications;

/// <summary>The committee's queue: one page of unreviewed updates, and the latest reviewed ones (to change a verdict).</summary>
public sealed record VerificationQueueViewModel(
    IReadOnlyList<VerificationQueueItem> Items,
    int Page,
    int PageCount,
    int TotalCount,
    IReadOnlyList<VerificationQueueItem> RecentlyReviewed,
    IReadOnlyList<JurisdictionOption> Jurisdictions,
    string? Jurisdiction);
