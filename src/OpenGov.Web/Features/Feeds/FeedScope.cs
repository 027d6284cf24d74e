namespace OpenGov.Web.Features.Feeds;

/// <summary>The jurisdiction a feed is about, and how to turn its routes into absolute URLs.</summary>
public sealed record FeedScope(int JurisdictionId, string Slug, Func<string, object, string> AbsoluteUrl);
