namespace OpenGov.Web.Features.Search;

/// <summary>How many matches a kind has for the query and the other filters (the kind filter aside).</summary>
public sealed record KindCount(SearchKind Kind, long Count);
