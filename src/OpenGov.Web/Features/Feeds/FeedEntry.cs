namespace OpenGov.Web.Features.Feeds;

/// <summary>One Atom entry. All text is plain (type="text"): nothing a user wrote reaches a reader as HTML.</summary>
public sealed record FeedEntry(string Id, string Title, string Url, DateTime Updated, string Summary, string? Author = null);
