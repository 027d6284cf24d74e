using System.Net;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Commitments;

/// <summary>The pages render the demo data of ./run.sh (Conecta Pastaza and the other jurisdictions).</summary>
[Collection(WebTestCollection.Name)]
public class SeededCommitmentTests(OpenGovFactory factory)
{
    [Theory]
    [InlineData("/", "Conecta Pastaza")]
    [InlineData("/jurisdictions", "Conecta Pastaza")]
    [InlineData("/pastaza/plans/1", "Plan de acción – Pastaza, Ecuador, 2024 – 2027")]
    [InlineData("/pastaza/plans/1/commitments/PZ-01", "Mapa abierto de planificación y mantenimiento vial")]
    [InlineData("/pastaza/plans/1/commitments/pz-01/milestones/1", "Hito 1 del compromiso PZ-01")]
    public async Task PublicPage_SeededPastaza_RendersDemoData(string url, string expected)
    {
        var response = await factory.CreateAnonymousClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Theory]
    [InlineData("/santo-domingo")]
    [InlineData("/quito")]
    [InlineData("/ecuador")]
    public async Task Details_SeededJurisdictions_Render(string url)
    {
        var response = await factory.CreateAnonymousClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
