using OpenGov.Core.Commitments;
using OpenGov.Web.Features.Shared;
using OpenGov.Web.Infrastructure.Paging;

namespace OpenGov.Web.Features.Search;

/// <summary>
/// The search page: the form as typed and the results with their counts per kind; <see cref="Results"/>
/// is null when nothing was searched (no query yet, or one the page refused: see the ModelState).
/// </summary>
public sealed record SearchViewModel(
    string? Query, string? Jurisdiction, SearchKind? Kind, MilestoneStatus? Status,
    IReadOnlyList<PortalJurisdiction> Jurisdictions, IReadOnlyList<KindCount> Counts, PagedList<SearchResultItem>? Results)
{
    public bool HasFilters => Jurisdiction is not null || Kind is not null || Status is not null;
}
