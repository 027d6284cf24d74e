using OpenGov.Core.Commitments;
using OpenGov.Core.Common;

namespace OpenGov.Core.Tests.Commitments;

public class EvidenceLinkTests
{
    [Theory]
    [InlineData("https://pastaza.gob.ec/acta.pdf")]
    [InlineData("http://datos.example.org/catalogo")]
    public void AcceptsHttpAndHttpsLinks(string url) => Assert.StartsWith("http", EvidenceLink.Create(url).Url);

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://example.org/file")]
    [InlineData("file:///etc/passwd")]
    [InlineData("not a link")]
    [InlineData("")]
    public void RefusesAnythingElse(string url) => Assert.Throws<DomainException>(() => EvidenceLink.Create(url));

    [Fact]
    public void CountsFilesAndLinksAsEvidenceForCompletion()
    {
        var commitment = new Commitment { Code = "PZ-02", Title = "Mapa vial" };
        var milestone = commitment.AddMilestone("Mapa publicado", 1, null, new DateOnly(2025, 12, 31));
        var evidence = new Evidence([], [EvidenceLink.Create("https://pastaza.gob.ec/mapa")]);

        var update = milestone.RecordProgress(100, MilestoneStatus.Completed, "Mapa en línea.", DateTime.UtcNow, evidence: evidence);

        Assert.Single(update.Links);
        Assert.Equal(MilestoneStatus.Completed, milestone.Status);
    }
}
