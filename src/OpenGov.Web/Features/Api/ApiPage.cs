namespace OpenGov.Web.Features.Api;

/// <summary>
/// One page of a list: the rows in id order, the cursor of the next page (null on the last) and the
/// links to this page and the next.
/// </summary>
public sealed record ApiPage<T>(IReadOnlyList<T> Data, string? NextCursor, ApiPageLinks Links);
