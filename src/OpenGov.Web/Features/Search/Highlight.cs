using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace OpenGov.Web.Features.Search;

/// <summary>
/// Turns PostgreSQL's <c>ts_headline</c> output into safe HTML. The database marks the matches with two
/// private-use characters instead of tags; here every piece of text is HTML-encoded and only the
/// markers become <c>&lt;mark&gt;</c>, always balanced. Untrusted text is never written raw.
/// </summary>
public static class Highlight
{
    public const char Start = '\uE000';
    public const char Stop = '\uE001';

    /// <summary>The <c>ts_headline</c> options for titles (the whole text) and for snippets (two short fragments).</summary>
    public const string TitleOptions = "HighlightAll=true, StartSel=\uE000, StopSel=\uE001";
    public const string SnippetOptions = "StartSel=\uE000, StopSel=\uE001, MaxWords=28, MinWords=10, MaxFragments=2, FragmentDelimiter=\" … \"";

    public static IHtmlContent ToHtml(string? marked, HtmlEncoder encoder)
    {
        if (string.IsNullOrEmpty(marked))
        {
            return HtmlString.Empty;
        }

        var html = new StringBuilder(marked.Length + 32);
        var open = false;
        var piece = new StringBuilder();
        foreach (var c in marked)
        {
            if (c is not (Start or Stop))
            {
                piece.Append(c);
                continue;
            }

            html.Append(encoder.Encode(piece.ToString()));
            piece.Clear();
            if (c == Start && !open)
            {
                html.Append("<mark>");
                open = true;
            }
            else if (c == Stop && open)
            {
                html.Append("</mark>");
                open = false;
            }
        }

        html.Append(encoder.Encode(piece.ToString()));
        if (open)
        {
            html.Append("</mark>");
        }

        return new HtmlString(html.ToString());
    }
}
