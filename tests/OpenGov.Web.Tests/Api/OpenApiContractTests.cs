using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OpenGov.Core.CoCreation;
using OpenGov.Core.Commitments;
using OpenGov.Core.Meetings;
using Microsoft.Extensions.DependencyInjection;
using OpenGov.Web.Tests.ActionPlans;
using OpenGov.Web.Tests.Infrastructure;
using OpenGov.Web.Tests.Meetings;
using OpenGov.Web.Tests.Monitoring;
using OpenGov.Web.Tests.Verifications;

namespace OpenGov.Web.Tests.Api;

/// <summary>
/// The OpenAPI document is the API: it lists every endpoint the app serves under /api/v1 and no other,
/// and what each endpoint answers has exactly the properties its schema declares.
/// </summary>
[Collection(WebTestCollection.Name)]
public partial class OpenApiContractTests(OpenGovFactory factory)
{
    [Fact]
    public async Task Document_ListsExactlyTheApiEndpoints()
    {
        var document = await DocumentAsync();

        var documented = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(o => $"{o.Name.ToUpperInvariant()} {p.Name}"))
            .Order().ToList();
        var served = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("api/v1", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => $"{m} /{Constraint().Replace(e.RoutePattern.RawText!.TrimStart('/'), "}")}"))
            .Distinct().Order().ToList();

        Assert.Equal(served, documented);
        Assert.All(documented, d => Assert.StartsWith("GET ", d));
        Assert.Equal(21, documented.Count);
        Assert.StartsWith("3.", document.GetProperty("openapi").GetString());
        Assert.Equal("OpenGov read-only API", document.GetProperty("info").GetProperty("title").GetString());
    }

    [Fact]
    public async Task EveryOperation_AnswersWithThePropertiesItsSchemaDeclares()
    {
        await EveryKindOfRecordAsync();
        var document = await DocumentAsync();
        var schemas = document.GetProperty("components").GetProperty("schemas");
        var client = factory.CreateAnonymousClient();
        var firstIds = new Dictionary<string, string>();
        var checkedRows = 0;

        // Lists first (no path parameter), so the items have an id to ask for.
        foreach (var path in document.GetProperty("paths").EnumerateObject().OrderBy(p => p.Name.Contains('{')))
        {
            var operation = path.Value.GetProperty("get");
            var collection = path.Name.Split('/').ElementAtOrDefault(3) ?? "";
            var url = path.Name;
            if (url.Contains('{'))
            {
                url = Parameter().Replace(url, _ => firstIds[collection]);
            }

            var body = await ApiClient.GetJsonAsync(client, url);
            var schema = Resolve(schemas, operation.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema"));
            var rows = new List<JsonElement>();
            if (schema.TryGetProperty("properties", out var pageProperties) && pageProperties.TryGetProperty("data", out var data))
            {
                AssertSameProperties(path.Name, schema, body);
                var itemSchema = Resolve(schemas, Resolve(schemas, data).GetProperty("items"));
                foreach (var row in body.GetProperty("data").EnumerateArray())
                {
                    AssertSameProperties(path.Name, itemSchema, row);
                    rows.Add(row);
                }

                if (rows.Count > 0)
                {
                    firstIds[collection] = collection == "jurisdictions" ? rows[0].GetProperty("slug").GetString()! : rows[0].GetProperty("id").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
            }
            else if (schema.TryGetProperty("properties", out _))
            {
                AssertSameProperties(path.Name, schema, body);
                rows.Add(body);
            }

            checkedRows += rows.Count;
        }

        Assert.True(checkedRows > 20, $"{checkedRows} rows checked");
    }

    [Fact]
    public async Task Document_IsServedFromTheCacheWithItsOwnTag()
    {
        var client = factory.CreateAnonymousClient();

        using var response = await client.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    // A plan with one of each kind of public record, whatever else the shared database holds.
    private async Task EveryKindOfRecordAsync()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        var planId = await factory.WithDbAsync(db => db.ActionPlans.Where(p => p.Jurisdiction!.Slug == plan.Slug).Select(p => p.Id).SingleAsync());
        var reviewer = (await VerificationData.CommitteeMemberAsync(factory, plan)).Id;
        var update = await VerificationData.AddUpdateAsync(factory, plan, 2, 60, DateTime.UtcNow, "Avance con acta.");
        await factory.WithDbAsync(async db =>
        {
            (await db.ProgressUpdates.SingleAsync(u => u.Id == update)).Verify(reviewer, VerificationVerdict.Verified, null, DateTime.UtcNow);
            db.Proposals.Add(new Proposal { ActionPlanId = planId, Source = ProposalSource.OnlineForm, Text = "Publicar los contratos de obra." });
            await db.SaveChangesAsync();
        });
        await MonitoringData.CreatePublishedAsync(factory, planId);
        await MeetingData.InsertAsync(factory, await MeetingData.JurisdictionIdAsync(factory, plan.Slug), MeetingData.Details(), MeetingStatus.Published, publishedAt: DateTime.UtcNow);
    }

    private static void AssertSameProperties(string path, JsonElement schema, JsonElement value)
    {
        var declared = schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order().ToList();
        var actual = value.EnumerateObject().Select(p => p.Name).Order().ToList();
        Assert.True(declared.SequenceEqual(actual), $"{path}: declared [{string.Join(", ", declared)}], answered [{string.Join(", ", actual)}]");
    }

    private static JsonElement Resolve(JsonElement schemas, JsonElement schema)
    {
        while (schema.TryGetProperty("$ref", out var reference))
        {
            schema = schemas.GetProperty(reference.GetString()!.Split('/')[^1]);
        }

        return schema;
    }

    private async Task<JsonElement> DocumentAsync() => await ApiClient.GetJsonAsync(factory.CreateAnonymousClient(), "/openapi/v1.json");

    [GeneratedRegex(@":[^}]+\}")]
    private static partial Regex Constraint();

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();
}
