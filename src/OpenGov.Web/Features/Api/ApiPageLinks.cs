namespace OpenGov.Web.Features.Api;

/// <summary>This page's address and the next page's (null on the last page).</summary>
public sealed record ApiPageLinks(string Self, string? Next);
