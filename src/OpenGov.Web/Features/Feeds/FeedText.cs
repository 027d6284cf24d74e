namespace OpenGov.Web.Features.Feeds;

public static class FeedText
{
    private const int SummaryLength = 600;

    /// <summary>A plain-text excerpt; the feed never carries the Markdown rendered as HTML.</summary>
    public static string Excerpt(string? text) => string.IsNullOrWhiteSpace(text)
        ? ""
        : text.Length <= SummaryLength ? text.Trim() : text[..SummaryLength].TrimEnd() + "…";
}
