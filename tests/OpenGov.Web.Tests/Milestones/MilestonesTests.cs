using System.Net;
using OpenGov.Web.Tests.ActionPlans;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Milestones;

[Collection(WebTestCollection.Name)]
public class MilestonesTests(OpenGovFactory factory)
{
    [Fact]
    public async Task Details_MilestoneWithUpdates_ShowsFactsAndTimelineNewestFirst()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1, updatesPerMilestone: 2);
        var html = WebUtility.HtmlDecode(await factory.CreateAnonymousClient().GetStringAsync(plan.MilestoneUrl("TP-01", 3)));

        Assert.Contains("Mesas de diálogo realizadas", html);
        Assert.Contains("Fechas planificadas (línea base)", html);
        Assert.Contains("25 días de retraso sobre la línea base", html);
        Assert.Contains("Dirección de Planificación", html);
        var newest = html.IndexOf("Avance reportado 1.", StringComparison.Ordinal);
        var oldest = html.IndexOf("Avance reportado 2.", StringComparison.Ordinal);
        Assert.True(newest > 0 && oldest > newest, "The newest update comes first.");
        Assert.Contains("3\u00a0% → ", html);
    }

    [Fact]
    public async Task Details_UnknownOrder_Returns404()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        var response = await Clients.Reader(factory).GetAsync(plan.MilestoneUrl("TP-01", 42));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
