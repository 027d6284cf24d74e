using System.Text;
using OpenGov.Core.Commitments;
using OpenGov.Core.Common;
using OpenGov.Web.Infrastructure.Files;

namespace OpenGov.Web.Tests.Infrastructure.Files;

public class EvidenceFileInspectorTests
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n");

    [Fact]
    public void Inspect_RealPdf_KeepsBytesAndSetsTypeFromContent()
    {
        var file = EvidenceFileInspector.Inspect("Acta de reunión.pdf", Pdf);

        Assert.Equal("application/pdf", file.ContentType);
        Assert.Equal(Pdf, file.Content);
        Assert.Equal("Acta_de_reunión.pdf", file.FileName);
        Assert.Equal(64, file.Sha256.Length);
    }

    [Theory]
    [InlineData("<html><script>alert(1)</script></html>")]
    [InlineData("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>")]
    [InlineData("<svg onload=alert(1)>")]
    public void Inspect_MarkupRenamedPdf_Refused(string markup) =>
        Assert.Throws<DomainException>(() => EvidenceFileInspector.Inspect("informe.pdf", Encoding.UTF8.GetBytes(markup)));

    [Fact]
    public void Inspect_FileOverTwentyMegabytes_RefusedWithTheLimit()
    {
        var big = new byte[Evidence.MaxFileBytes + 1];
        Pdf.CopyTo(big, 0);

        var error = Assert.Throws<DomainException>(() => EvidenceFileInspector.Inspect("grande.pdf", big));
        Assert.Contains("20 MB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_PngNamedPdf_GetsThePngExtension()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

        var file = EvidenceFileInspector.Inspect("foto.pdf", png);

        Assert.Equal("image/png", file.ContentType);
        Assert.Equal("foto.png", file.FileName);
    }

    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("C:\\Users\\ana\\informe final.pdf", "informe_final.pdf")]
    [InlineData("\"; filename=evil.html", "filename-evil.html")]
    [InlineData("...", "evidencia")]
    public void SanitizeFileName_DropsPathsAndUnsafeCharacters(string uploaded, string expected) =>
        Assert.Equal(expected, EvidenceFileInspector.SanitizeFileName(uploaded));
}
