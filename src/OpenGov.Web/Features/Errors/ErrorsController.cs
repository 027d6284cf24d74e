using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using OpenGov.Web.Features.TwoFactor;

namespace OpenGov.Web.Features.Errors;

/// <summary>
/// Error and status-code pages. Reached by re-execution with the original method (a failed POST
/// re-executes as POST), hence no HTTP-method attributes and no antiforgery check here.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
[AllowWithoutSecondFactor]
public sealed class ErrorsController : Controller
{
    [Route("error")]
    public IActionResult Index()
    {
        // The exception handler already chose the status (503 for an unreachable database).
        if (IsApi(HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path))
        {
            return Problem(statusCode: Response.StatusCode == StatusCodes.Status503ServiceUnavailable ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError);
        }

        if (Response.StatusCode == StatusCodes.Status503ServiceUnavailable)
        {
            return View("ServiceUnavailable");
        }

        Response.StatusCode = StatusCodes.Status500InternalServerError;
        return View("ServerError");
    }

    // From the route only: a re-executed POST still carries its form, and a form field named
    // "Code" (a commitment's code) would otherwise win over the route and turn a 403 into a 404.
    [Route("error/{code:int}")]
    public IActionResult Status([FromRoute] int code)
    {
        Response.StatusCode = code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound;
        if (IsApi(HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath))
        {
            return Problem(statusCode: Response.StatusCode);
        }

        return Response.StatusCode switch
        {
            StatusCodes.Status403Forbidden => View("Forbidden"),
            StatusCodes.Status404NotFound => View("NotFound"),
            StatusCodes.Status429TooManyRequests => View("TooManyRequests"),
            StatusCodes.Status503ServiceUnavailable => View("ServiceUnavailable"),
            _ => View("OtherStatus", Response.StatusCode),
        };
    }

    // The read-only API answers its errors as RFC 9457 problem details, not as pages (ADR-032).
    private static bool IsApi(string? path) => path is not null && (path == "/api/v1" || path.StartsWith("/api/v1/", StringComparison.Ordinal));
}
