using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenGov.Web.Tests.ActionPlans;
using OpenGov.Web.Tests.Infrastructure;
using OpenGov.Web.Tests.Monitoring;
using OpenGov.Web.Tests.Verifications;

namespace OpenGov.Web.Tests.Api;

/// <summary>What a client of the API relies on: ETags, problem details for every error, CORS, nothing unpublished, "changed since".</summary>
[Collection(WebTestCollection.Name)]
public class ApiHttpTests(OpenGovFactory factory)
{
    [Fact]
    public async Task ETag_SameDataGives304_AndAWriteGivesNewFigures()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        var planId = await PlanIdAsync(plan);
        var client = factory.CreateAnonymousClient();
        var url = $"/api/v1/plans/{planId}";

        using var first = await client.GetAsync(url);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        var before = JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement.GetProperty("reported_progress").GetDecimal();

        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(etag);
        using var notModified = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        await VerificationData.AddUpdateAsync(factory, plan, 2, 95, DateTime.UtcNow, "Casi en funcionamiento.");

        using var afterWrite = new HttpRequestMessage(HttpMethod.Get, url);
        afterWrite.Headers.IfNoneMatch.Add(etag);
        using var changed = await client.SendAsync(afterWrite);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
        var after = JsonDocument.Parse(await changed.Content.ReadAsStringAsync()).RootElement.GetProperty("reported_progress").GetDecimal();
        Assert.True(after > before, $"reported {before} → {after}");
    }

    [Theory]
    [InlineData("/api/v1/plans?asOf=2025-13-40", 400, "asOf")]
    [InlineData("/api/v1/commitments?asOf=2999-01-01", 400, "asOf")]
    [InlineData("/api/v1/milestones?cursor=not-a-cursor", 400, "cursor")]
    [InlineData("/api/v1/progress-updates?limit=0", 400, "limit")]
    [InlineData("/api/v1/verifications?limit=201", 400, "limit")]
    [InlineData("/api/v1/plans?limit=many", 400, "limit")]
    [InlineData("/api/v1/commitments?verification_state=Maybe", 400, "verification_state")]
    [InlineData("/api/v1/plans/999999", 404, null)]
    [InlineData("/api/v1/jurisdictions/atlantis", 404, null)]
    [InlineData("/api/v1/no-such-collection", 404, null)]
    public async Task Errors_AreProblemDetails_ThatNameTheParameter(string url, int status, string? parameter)
    {
        var client = factory.CreateAnonymousClient();

        using var response = await client.GetAsync(url);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        if (parameter is not null)
        {
            var names = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
            Assert.Contains(names, n => n.Contains(parameter, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task Cors_AnyOriginMayRead_AndPreflightIsAnswered()
    {
        var client = factory.CreateAnonymousClient();

        using var get = new HttpRequestMessage(HttpMethod.Get, "/api/v1/jurisdictions");
        get.Headers.Add("Origin", "https://datos.example.org");
        using var response = await client.SendAsync(get);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("ETag", response.Headers.GetValues("Access-Control-Expose-Headers").Single(), StringComparison.OrdinalIgnoreCase);

        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/v1/jurisdictions");
        preflight.Headers.Add("Origin", "https://datos.example.org");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        using var answer = await client.SendAsync(preflight);
        Assert.True(answer.IsSuccessStatusCode, $"preflight: {(int)answer.StatusCode}");
        Assert.Equal("*", answer.Headers.GetValues("Access-Control-Allow-Origin").Single());

        // A page of the portal is not opened to other origins.
        using var page = new HttpRequestMessage(HttpMethod.Get, "/jurisdictions");
        page.Headers.Add("Origin", "https://datos.example.org");
        using var pageResponse = await client.SendAsync(page);
        Assert.False(pageResponse.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task DraftReport_IsNeitherListedNorFound()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        var planId = await PlanIdAsync(plan);
        var draft = await MonitoringData.CreateDraftAsync(factory, planId);
        var published = await MonitoringData.CreatePublishedAsync(factory, planId);
        var client = factory.CreateAnonymousClient();

        var (rows, _) = await ApiClient.AllAsync(client, $"/api/v1/reports?plan={planId}");
        Assert.Equal([published], rows.Select(r => r.GetProperty("id").GetInt32()));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/reports/{draft}")).StatusCode);
        var report = await ApiClient.GetJsonAsync(client, $"/api/v1/reports/{published}");
        Assert.Equal(1, report.GetProperty("assessments").GetArrayLength());
    }

    [Fact]
    public async Task UpdatedSince_ListsWhatChangedAfterTheMoment_AndNothingOlder()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        var planId = await PlanIdAsync(plan);
        var moment = DateTime.UtcNow;
        var update = await VerificationData.AddUpdateAsync(factory, plan, 1, 40, moment.AddSeconds(1), "Avance nuevo.");
        var milestone = await factory.WithDbAsync(db => db.ProgressUpdates.Where(u => u.Id == update).Select(u => u.MilestoneId).SingleAsync());
        var client = factory.CreateAnonymousClient();
        var since = Uri.EscapeDataString(moment.ToString("O", CultureInfo.InvariantCulture));
        var later = Uri.EscapeDataString(moment.AddMinutes(5).ToString("O", CultureInfo.InvariantCulture));

        var (updates, _) = await ApiClient.AllAsync(client, $"/api/v1/progress-updates?plan={planId}&updated_since={since}");
        Assert.Equal([update], updates.Select(u => u.GetProperty("id").GetInt32()));
        var (milestones, _) = await ApiClient.AllAsync(client, $"/api/v1/milestones?plan={planId}&updated_since={since}");
        Assert.Contains(milestone, milestones.Select(m => m.GetProperty("id").GetInt32()));
        var (commitments, _) = await ApiClient.AllAsync(client, $"/api/v1/commitments?plan={planId}&updated_since={since}");
        Assert.Single(commitments);

        Assert.Empty((await ApiClient.AllAsync(client, $"/api/v1/progress-updates?plan={planId}&updated_since={later}")).Rows);
        Assert.Empty((await ApiClient.AllAsync(client, $"/api/v1/milestones?plan={planId}&updated_since={later}")).Rows);
    }

    [Fact]
    public async Task Links_LeadToTheRelatedResources_AndToThePublicPage()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        var planId = await PlanIdAsync(plan);
        var client = factory.CreateAnonymousClient();

        var commitment = (await ApiClient.AllAsync(client, $"/api/v1/commitments?plan={planId}")).Rows.Single();
        var links = commitment.GetProperty("links");
        var html = new Uri(links.GetProperty("html").GetString()!).PathAndQuery;
        Assert.Equal(plan.CommitmentUrl(plan.FirstCode.ToLowerInvariant()), html);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(html)).StatusCode);

        var milestones = await ApiClient.AllAsync(client, new Uri(links.GetProperty("milestones").GetString()!).PathAndQuery);
        Assert.NotEmpty(milestones.Rows);
        foreach (var milestone in milestones.Rows)
        {
            var self = new Uri(milestone.GetProperty("links").GetProperty("self").GetString()!).PathAndQuery;
            Assert.Equal(milestone.GetProperty("id").GetInt32(), (await ApiClient.GetJsonAsync(client, self)).GetProperty("id").GetInt32());
            var page = new Uri(milestone.GetProperty("links").GetProperty("html").GetString()!).PathAndQuery;
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(page)).StatusCode);
        }
    }

    [Fact]
    public async Task Json_WritesAccentedLettersAsThemselves_AndEscapesMarkup()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        var planId = await PlanIdAsync(plan);
        await factory.WithDbAsync(async db =>
        {
            var commitment = await db.Commitments.SingleAsync(c => c.ActionPlanId == planId);
            commitment.Title = "Participación <ciudadana>";
            await db.SaveChangesAsync();
        });
        var client = factory.CreateAnonymousClient();

        var body = await client.GetStringAsync($"/api/v1/commitments?plan={planId}");

        Assert.Contains("Participación \\u003Cciudadana\\u003E", body);
        Assert.Equal("Participación <ciudadana>", JsonDocument.Parse(body).RootElement.GetProperty("data")[0].GetProperty("title").GetString());
    }

    private Task<int> PlanIdAsync(TestPlan plan) =>
        factory.WithDbAsync(db => db.ActionPlans.Where(p => p.Jurisdiction!.Slug == plan.Slug).Select(p => p.Id).SingleAsync());
}
