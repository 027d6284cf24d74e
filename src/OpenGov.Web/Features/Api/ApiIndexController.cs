using Microsoft.AspNetCore.Mvc;

namespace OpenGov.Web.Features.Api;

/// <summary>The entry point of the API: where each collection and the OpenAPI document are.</summary>
[Route("api/v1")]
public sealed class ApiIndexController(TimeProvider time) : ApiControllerBase(time)
{
    private static readonly string[] Collections =
        ["jurisdictions", "plans", "commitments", "milestones", "progress-updates", "verifications", "reports", "meetings", "workshops", "proposals"];

    [HttpGet]
    [EndpointSummary("Where each collection is")]
    [ProducesResponseType<ApiLinks>(StatusCodes.Status200OK, "application/json")]
    public IActionResult Index()
    {
        var links = new ApiLinks { ["openapi"] = $"{BaseUrl}/openapi/v1.json", ["documentation"] = $"{BaseUrl}/api" };
        foreach (var collection in Collections)
        {
            links[collection.Replace('-', '_')] = $"{BaseUrl}/api/v1/{collection}";
        }

        return new ApiJsonResult(links);
    }
}
