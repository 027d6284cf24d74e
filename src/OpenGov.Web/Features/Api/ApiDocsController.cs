using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.OpenApi;
using OpenGov.Web.Infrastructure.Caching;

namespace OpenGov.Web.Features.Api;

/// <summary>
/// The API's documentation for people: the OpenAPI document (the same one <c>/openapi/v1.json</c>
/// serves) rendered as a page, no script needed (ADR-032).
/// </summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class ApiDocsController([FromKeyedServices(ApiDocument.Name)] IOpenApiDocumentProvider documents) : Controller
{
    [HttpGet("/api")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var document = await documents.GetOpenApiDocumentAsync(cancellationToken);
        var json = await document.SerializeAsJsonAsync(OpenApiSpecVersion.OpenApi3_1, cancellationToken);
        using var parsed = JsonDocument.Parse(json);
        return View("~/Features/Api/Docs.cshtml", ApiDocsReader.Read(parsed.RootElement, $"/openapi/{ApiDocument.Name}.json"));
    }
}
