using OpenGov.Core.Commitments;
using OpenGov.Web.Features.Shared;
using OpenGov.Web.Infrastructure.Paging;

namespace OpenGov.Web.Features.Search;

/// <summary>
/// The search page: the form as typed and the results with their counts per kind; <see cref="Results"/>
/// is null when nothing was searched (no query yet, or one the page refused: see the ModelState);
/// <see cref="Corrected"/> holds the words searched instead of misspelt ones (ADR-046).
/// </summary>
public sealed record SearchViewModel(
    string? Query, string? Jurisdiction, SearchKind? Kind, MilestoneStatus? Status,
    IReadOnlyList<PortalJurisdiction> Jurisdictions, IReadOnlyList<KindCount> Counts, PagedList<SearchResultItem>? Results,
    string? Corrected = null)
{
    /// <summary>What the results are for: the corrected words when some typed ones matched nothing.</summary>
    public string? Searched => Corrected ?? Query;

    public bool HasFilters => Jurisdiction is not null || Kind is not null || Status is not null;
}
