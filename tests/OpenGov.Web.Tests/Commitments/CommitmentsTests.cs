using System.Net;
using OpenGov.Web.Tests.ActionPlans;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Commitments;

[Collection(WebTestCollection.Name)]
public class CommitmentsTests(OpenGovFactory factory)
{
    [Fact]
    public async Task Details_GeneratedCommitment_ShowsTemplateFieldsRollupAndMilestoneTable()
    {
        var plan = await TestPlans.CreateAsync(factory);
        var html = WebUtility.HtmlDecode(await factory.CreateAnonymousClient().GetStringAsync(plan.CommitmentUrl("TP-01")));

        Assert.Contains("Compromiso de prueba 1", html);
        Assert.Contains("62\u00a0% = 3 hitos: 100\u00a0% × 0,4 + 50\u00a0% × 0,4 + 10\u00a0% × 0,2", html);
        Assert.Contains("Acceso a la información, Participación ciudadana", html);
        Assert.Contains("ODS 16", html);
        Assert.Contains("Fundación Ciudadanía y Desarrollo", html);
        Assert.Contains("<dd lang=\"qu\">Kichwa shimipi.</dd>", html);
        Assert.Contains("Datos ilustrativos", html);
        Assert.Contains("<caption>Hitos del compromiso TP-01</caption>", html);
        Assert.Contains("scope=\"col\"", html);
        Assert.Contains("Vencido", html);
        Assert.Contains("+25", html);
    }

    [Fact]
    public async Task Details_LowerCaseCode_FindsCommitment()
    {
        var plan = await TestPlans.CreateAsync(factory);
        var response = await factory.CreateAnonymousClient().GetAsync(plan.CommitmentUrl("tp-02"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Details_UnknownCode_Returns404()
    {
        var plan = await TestPlans.CreateAsync(factory);
        var response = await Clients.Reader(factory).GetAsync(plan.CommitmentUrl("XX-99"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
