using System.Net;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGov.Core.Commitments;
using OpenGov.Web.Tests.ActionPlans;
using OpenGov.Web.Tests.Infrastructure;
using OpenGov.Web.Tests.Verifications;

namespace OpenGov.Web.Tests.Security;

/// <summary>The record an unsafe request acts on is the one in its URL, never one named in the form body (ADR-015).</summary>
[Collection(WebTestCollection.Name)]
public class RouteBindingTests(OpenGovFactory factory)
{
    private static readonly string[] UnsafeMethods = ["POST", "PUT", "DELETE", "PATCH"];

    [Fact]
    public void EveryUnsafeAction_BindsItsRouteParametersFromTheRouteOnly()
    {
        var checkedActions = new List<string>();
        var wrong = new List<string>();
        foreach (var endpoint in factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<ControllerActionDescriptor>() is not { } action)
            {
                continue;
            }

            // An action without a method constraint answers every method, POST included.
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? UnsafeMethods;
            if (!methods.Intersect(UnsafeMethods, StringComparer.OrdinalIgnoreCase).Any())
            {
                continue;
            }

            var routeParameters = endpoint.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var name = $"{action.ControllerName}.{action.ActionName} /{endpoint.RoutePattern.RawText?.TrimStart('/')}";
            checkedActions.Add(name);
            wrong.AddRange(action.Parameters
                .Where(p => routeParameters.Contains(p.Name) && p.BindingInfo?.BindingSource != BindingSource.Path)
                .Select(p => $"{name}: '{p.Name}' is bound from {p.BindingInfo?.BindingSource?.DisplayName ?? "any source (form first)"}"));
        }

        Assert.Contains(checkedActions, a => a.StartsWith("Verifications.Review ", StringComparison.Ordinal));
        Assert.True(checkedActions.Count > 40, $"Only {checkedActions.Count} unsafe actions were found.");
        Assert.True(wrong.Count == 0, "Route parameters must come from the route only:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public async Task Verdict_PostedWithAnotherUpdatesIdInTheBody_IsRecordedOnTheUpdateInTheUrl()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        var inUrl = await VerificationData.AddUpdateAsync(factory, plan, 2, 55, DateTime.UtcNow.AddDays(-3), "Informe de la dirección.");
        var inBody = await VerificationData.AddUpdateAsync(factory, plan, 2, 57, DateTime.UtcNow.AddDays(-2), "Informe que nadie revisó.");
        var client = factory.CreateClientAs(await VerificationData.CommitteeMemberAsync(factory, plan));

        var response = await Forms.PostAsync(client, VerificationData.VerdictUrl(inUrl), VerificationData.VerdictUrl(inUrl), new Dictionary<string, string>
        {
            ["id"] = inBody.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Verdict"] = nameof(VerificationVerdict.Verified),
            ["Comment"] = "",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var verdicts = await factory.WithDbAsync(db => db.Verifications.AsNoTracking()
            .Where(v => v.ProgressUpdateId == inUrl || v.ProgressUpdateId == inBody)
            .Select(v => new { v.ProgressUpdateId, v.Verdict }).ToListAsync());
        var verdict = Assert.Single(verdicts);
        Assert.Equal(inUrl, verdict.ProgressUpdateId);
        Assert.Equal(VerificationVerdict.Verified, verdict.Verdict);
    }
}
