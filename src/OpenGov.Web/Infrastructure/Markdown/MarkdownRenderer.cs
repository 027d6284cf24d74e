using Ganss.Xss;
using Markdig;
using Markdig.Syntax;
using Microsoft.AspNetCore.Html;

namespace OpenGov.Web.Infrastructure.Markdown;

/// <summary>
/// Turns text written in Markdown (monitoring reports, minutes) into HTML that is safe to show:
/// raw HTML in the source is escaped by the Markdown step, and the result goes through an allow-list
/// sanitizer (no script, no event handlers, no javascript: or data: links, no inline styles, which the
/// CSP would refuse anyway). External links open with rel="nofollow noopener".
/// </summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .DisableHtml()
        .Build();

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    /// <param name="headingOffset">
    /// Levels to push the text's own headings down, so that they nest under the page heading they are shown
    /// beneath ("## Alcance" under a page's "Informe" becomes an h3) instead of following it as its siblings.
    /// </param>
    public static IHtmlContent Render(string? markdown, int headingOffset = 0)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return HtmlString.Empty;
        }

        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        if (headingOffset != 0)
        {
            foreach (var heading in document.Descendants<HeadingBlock>())
            {
                heading.Level = Math.Clamp(heading.Level + headingOffset, 1, 6);
            }
        }

        var html = document.ToHtml(Pipeline);
        return new HtmlString(Sanitizer.Sanitize(html));
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedTags.Remove("img");
        sanitizer.AllowedTags.Remove("form");
        sanitizer.AllowedCssProperties.Clear();
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Html.Dom.IHtmlAnchorElement anchor)
            {
                anchor.SetAttribute("rel", "nofollow noopener");
            }
        };
        return sanitizer;
    }
}
