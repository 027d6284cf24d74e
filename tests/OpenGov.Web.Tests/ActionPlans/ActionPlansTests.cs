using System.Net;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.ActionPlans;

[Collection(WebTestCollection.Name)]
public class ActionPlansTests(OpenGovFactory factory)
{
    [Fact]
    public async Task Details_GeneratedPlan_ShowsFactsAxesTimelineAndEndorsements()
    {
        var plan = await TestPlans.CreateAsync(factory);
        var html = await factory.CreateAnonymousClient().GetStringAsync(plan.PlanUrl);

        Assert.Contains("21 de noviembre de 2024", html);
        Assert.Contains("En cocreación", html);
        Assert.Contains("Dirección de Planificación", html);
        Assert.Contains("Eje biofísico", html);
        Assert.Contains("Eje económico-productivo", html);
        Assert.Contains("<svg class=\"chart__svg\"", html);
        Assert.Contains("<figcaption id=\"timeline-caption\">", html);
        Assert.Contains("<desc id=\"timeline-desc\">", html);
        Assert.Contains("Ver datos", html);
        Assert.Contains("Red de Organizaciones de Prueba", html);
        Assert.Contains("class=\"breadcrumbs\"", html);
    }

    [Fact]
    public async Task Details_UnknownNumber_Returns404()
    {
        var plan = await TestPlans.CreateAsync(factory);
        var response = await Clients.Reader(factory).GetAsync($"/{plan.Slug}/plans/9");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
