using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Authorization;

/// <summary>
/// Issue 4: every back-office action × every role → expected status. Table-driven from
/// <see cref="AuthorizationMatrix.Endpoints"/>; a second test makes sure no protected action is missing from it.
/// </summary>
[Collection(WebTestCollection.Name)]
public partial class AuthorizationMatrixTests(OpenGovFactory factory)
{
    public static TheoryData<string, MatrixRole> Cases()
    {
        var data = new TheoryData<string, MatrixRole>();
        foreach (var endpoint in AuthorizationMatrix.Endpoints)
        {
            foreach (var role in Enum.GetValues<MatrixRole>())
            {
                data.Add(endpoint.Key, role);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Request_ByRole_GetsTheExpectedStatus(string endpointKey, MatrixRole role)
    {
        var endpoint = AuthorizationMatrix.Endpoints.Single(e => e.Key == endpointKey);
        var data = await MatrixData.ForAsync(factory);
        var user = data.UserFor(role);
        var client = user is null ? factory.CreateAnonymousClient() : factory.CreateClientAs(user);
        var url = data.Fill(endpoint.Url);

        HttpResponseMessage response;
        if (endpoint.Method == "GET")
        {
            response = await client.GetAsync(url);
        }
        else
        {
            // A valid token, so a refusal can only come from authorization, never from antiforgery.
            // Public pages carry no token for anonymous visitors (they are cached, ADR-025): the
            // sign-in form gives them one.
            var fields = (endpoint.Form ?? new Dictionary<string, string>()).ToDictionary(f => f.Key, f => data.Fill(f.Value));
            response = await Forms.PostAsync(client, role == MatrixRole.Anonymous ? "/account/sign-in" : "/accessibility", url, fields);
        }

        var status = response.StatusCode;
        var location = response.Headers.Location?.OriginalString ?? "";
        if (endpoint.Allowed.Contains(role))
        {
            Assert.True(status is HttpStatusCode.OK or HttpStatusCode.Redirect, $"{endpoint.Key} as {role}: {(int)status}");
            Assert.DoesNotContain("ReturnUrl=", location, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("access-denied", location, StringComparison.OrdinalIgnoreCase);
        }
        else if (role == MatrixRole.Anonymous)
        {
            Assert.True(status == HttpStatusCode.Redirect, $"{endpoint.Key} anonymous: {(int)status}");
            Assert.StartsWith("/account/sign-in", new Uri(new Uri("http://localhost"), location).AbsolutePath, StringComparison.Ordinal);
        }
        else
        {
            Assert.True(status == HttpStatusCode.Forbidden, $"{endpoint.Key} as {role}: {(int)status}");
        }
    }

    [Fact]
    public void EveryProtectedAction_IsInTheMatrix()
    {
        var covered = AuthorizationMatrix.Endpoints.Select(e => (e.Method, Normalize(e.Url.Split('?')[0]))).ToHashSet();
        var missing = new List<string>();
        foreach (var endpoint in factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<ControllerActionDescriptor>() is not { } action || endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            {
                continue;
            }

            var route = Normalize(endpoint.RoutePattern.RawText ?? "");
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"];
            missing.AddRange(methods.Where(m => !covered.Contains((m, route))).Select(m => $"{m} /{route} ({action.ControllerName}.{action.ActionName})"));
        }

        Assert.True(missing.Count == 0, "Add these actions to AuthorizationMatrix.Endpoints:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Matrix_HasNoDuplicateRows()
    {
        var keys = AuthorizationMatrix.Endpoints.Select(e => e.Key).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    /// <summary>"/admin/plans/{planId}/edit" and "admin/plans/{id:int}/edit" both become "admin/plans/{}/edit".</summary>
    private static string Normalize(string route) => Parameter().Replace(route.Trim('/'), "{}").ToLowerInvariant();

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Parameter();
}
