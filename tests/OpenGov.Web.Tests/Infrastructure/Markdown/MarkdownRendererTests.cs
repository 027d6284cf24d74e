using OpenGov.Web.Infrastructure.Markdown;

namespace OpenGov.Web.Tests.Infrastructure.Markdown;

public class MarkdownRendererTests
{
    private static string Render(string markdown) => MarkdownRenderer.Render(markdown).ToString()!;

    [Fact]
    public void Render_Markdown_KeepsHeadingsListsAndLinks()
    {
        var html = Render("## Hallazgos\n\n- Uno\n- Dos\n\n[Acta](https://pastaza.gob.ec/acta.pdf)");

        Assert.Contains("<h2", html, StringComparison.Ordinal);
        Assert.Contains("<li>Uno</li>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://pastaza.gob.ec/acta.pdf\"", html, StringComparison.Ordinal);
        Assert.Contains("rel=\"nofollow noopener\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("[clic](javascript:alert(1))")]
    [InlineData("[clic](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("<div onclick=\"alert(1)\">x</div>")]
    [InlineData("<svg onload=alert(1)>")]
    public void Render_HostileInput_IsInert(string markdown)
    {
        var html = Render(markdown);

        // Escaped text ("&lt;script&gt;") is harmless; what must never appear is a real element or attribute.
        Assert.DoesNotMatch("<(script|img|svg|iframe|object)", html);
        Assert.DoesNotMatch("<[^>]+\\son[a-z]+\\s*=", html);
        Assert.DoesNotMatch("<a\\s[^>]*href\\s*=\\s*\"(javascript|data):", html);
    }

    [Fact]
    public void Render_Empty_IsEmpty() => Assert.Equal("", Render("  "));
}
