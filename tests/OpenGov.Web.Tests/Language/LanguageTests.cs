using System.Net;
using OpenGov.Web.Tests.ActionPlans;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Language;

[Collection(WebTestCollection.Name)]
public class LanguageTests(OpenGovFactory factory)
{
    [Fact]
    public async Task Set_English_SetsCookieAndPagesShowEnglishTextAndDates()
    {
        var plan = await TestPlans.CreateAsync(factory);
        var client = factory.CreateAnonymousClient(followRedirects: false);
        var link = $"/language/en?returnUrl={Uri.EscapeDataString(plan.PlanUrl)}";
        Assert.Contains($"href=\"{link.Replace("&", "&amp;")}\"", await client.GetStringAsync(plan.PlanUrl));

        var response = await client.GetAsync(link);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(plan.PlanUrl, response.Headers.Location?.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-opengov.lang=c%3Den%7Cuic%3Den", StringComparison.Ordinal));

        var html = await client.GetStringAsync(plan.PlanUrl);
        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains("21 November 2024", html);
        Assert.Contains("Skip to main content", html);
        Assert.Contains("Overall plan progress", html);
    }

    [Fact]
    public async Task Set_AbsoluteReturnUrl_RedirectsHomeInstead()
    {
        var client = factory.CreateAnonymousClient(followRedirects: false);
        var response = await client.GetAsync("/language/en?returnUrl=" + Uri.EscapeDataString("https://evil.example/phish"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Set_UnknownCulture_SetsNoCookie()
    {
        var response = await factory.CreateAnonymousClient().GetAsync("/language/fr?returnUrl=/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("__Host-opengov.lang", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Set_ByPost_NoLongerExists()
    {
        // The switch used to be a form post; nothing that changes state may be reachable by POST without a token.
        var response = await Clients.Reader(factory).PostAsync("/language",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "en", ["returnUrl"] = "/" }));

        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("__Host-opengov.lang", StringComparison.Ordinal)));
    }
}
