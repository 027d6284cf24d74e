using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;
using OpenGov.Web.Features.Search;

namespace OpenGov.Web.Tests.Search;

/// <summary>The search snippets: stored text is always encoded, and only the database's markers become markup.</summary>
public class HighlightTests
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static string Html(string marked)
    {
        using var writer = new StringWriter();
        Highlight.ToHtml(marked, Encoder).WriteTo(writer, Encoder);
        return writer.ToString();
    }

    [Fact]
    public void MarksTheMatchesAndEncodesTheRest() =>
        Assert.Equal("a &lt;b&gt; <mark>participación</mark> &amp; c", Html("a <b> \uE000participación\uE001 & c"));

    [Fact]
    public void UnbalancedMarkersStillGiveBalancedMarkup()
    {
        Assert.Equal("<mark>abierto</mark>", Html("\uE000abierto"));
        Assert.Equal("cerrado", Html("cerrado\uE001"));
        Assert.Equal("<mark>a</mark>b", Html("\uE000\uE000a\uE001b\uE001"));
    }

    [Fact]
    public void NothingGivesNothing() => Assert.Same(HtmlString.Empty, Highlight.ToHtml(null, Encoder));
}
