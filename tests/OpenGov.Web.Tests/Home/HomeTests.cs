using System.Net;
using OpenGov.Web.Tests.ActionPlans;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Home;

[Collection(WebTestCollection.Name)]
public class HomeTests(OpenGovFactory factory)
{
    [Fact]
    public async Task Index_Anonymous_ReturnsPageWithDefaultBrand()
    {
        var brand = await factory.WithDbAsync(db => Task.FromResult(db.Jurisdictions.Where(j => j.IsDefault).Select(j => j.BrandName).FirstOrDefault()));
        var response = await factory.CreateAnonymousClient().GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("lang=\"es\"", html);
        if (brand is not null)
        {
            Assert.Contains(WebUtility.HtmlEncode(brand), html);
        }
    }

    [Fact]
    public async Task Details_GeneratedPlan_ShowsProgressCommitmentsDueAndOverdue()
    {
        var plan = await TestPlans.CreateAsync(factory);
        var html = WebUtility.HtmlDecode(await factory.CreateAnonymousClient().GetStringAsync(plan.HomeUrl));

        Assert.Contains(plan.BrandName, html);
        Assert.Contains("Plan de acción de prueba", html);
        Assert.Contains("Compromiso de prueba 1", html);
        Assert.Contains("62\u00a0%", html);
        Assert.Contains("Hitos que vencen en los próximos 30 días", html);
        Assert.Contains("Plataforma en funcionamiento", html);
        Assert.Contains("Hitos vencidos", html);
        Assert.Contains("Mesas de diálogo realizadas", html);
        Assert.Contains("Vencido", html);
        Assert.Contains("Avances recientes", html);
        Assert.Contains("skip-link", html);
    }

    [Fact]
    public async Task Details_UnknownSlug_Returns404()
    {
        var response = await Clients.Reader(factory).GetAsync("/no-such-place");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
