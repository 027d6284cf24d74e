namespace OpenGov.Web.Features.Search;

/// <summary>
/// One row of the search query: the counts per kind and the corrected words (the same on every row) and, when the page has
/// results, one of them. Titles and snippets carry <see cref="Highlight"/>'s markers around the matches.
/// </summary>
public sealed class SearchRow
{
    public long Commitments { get; init; }
    public long Milestones { get; init; }
    public long ProgressUpdates { get; init; }
    public long Reports { get; init; }
    public long Meetings { get; init; }
    public long Proposals { get; init; }
    public long Institutions { get; init; }

    /// <summary>The words searched when some typed ones matched nothing and were corrected (ADR-046); null otherwise.</summary>
    public string? Corrected { get; init; }

    public string? Kind { get; init; }
    public int? Id { get; init; }
    public string? Slug { get; init; }
    public string? BrandName { get; init; }
    public int? PlanNumber { get; init; }
    public string? Code { get; init; }
    public int? MilestoneOrder { get; init; }
    public string? Status { get; init; }
    public DateOnly? Date { get; init; }
    public string? Title { get; init; }
    public string? Snippet { get; init; }
}
