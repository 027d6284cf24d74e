using System.Net;
using OpenGov.Web.Tests.ActionPlans;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Jurisdictions;

[Collection(WebTestCollection.Name)]
public class JurisdictionsTests(OpenGovFactory factory)
{
    [Fact]
    public async Task Index_WithGeneratedPlan_ListsJurisdictionPlanAndProgress()
    {
        var plan = await TestPlans.CreateAsync(factory);
        var html = WebUtility.HtmlDecode(await factory.CreateAnonymousClient().GetStringAsync("/jurisdictions"));

        Assert.Contains(plan.BrandName, html);
        Assert.Contains("Plan de acción de prueba 2024–2027", html);
        Assert.Contains("62\u00a0%", html);
    }

    [Fact]
    public async Task Go_KnownSlug_RedirectsToJurisdictionHome()
    {
        var plan = await TestPlans.CreateAsync(factory);
        var response = await factory.CreateAnonymousClient().GetAsync($"/jurisdictions/go?slug={plan.Slug}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(plan.HomeUrl, response.Headers.Location?.OriginalString);
    }
}
