namespace OpenGov.Web.Features.Search;

/// <summary>What a search result is; the names are the <c>kind</c> values of the URL and of the SQL.</summary>
public enum SearchKind
{
    Commitment,
    Milestone,
    ProgressUpdate,
    Report,
    Meeting,
    Proposal,
    Institution,
}
