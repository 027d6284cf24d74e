using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace OpenGov.Web.Features.Api;

/// <summary>Turns a bad parameter (<see cref="ApiProblemException"/>) into an RFC 9457 problem, 400.</summary>
public sealed class ApiProblemsAttribute : ExceptionFilterAttribute
{
    public override void OnException(ExceptionContext context)
    {
        if (context.Exception is not ApiProblemException problem)
        {
            return;
        }

        var details = new ValidationProblemDetails(new Dictionary<string, string[]> { [problem.Parameter] = [problem.Message] })
        {
            Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
            Status = StatusCodes.Status400BadRequest,
            Title = "A parameter is not valid.",
            Detail = problem.Message,
            Instance = context.HttpContext.Request.Path,
        };
        context.Result = new ObjectResult(details) { StatusCode = StatusCodes.Status400BadRequest, ContentTypes = { "application/problem+json" } };
        context.ExceptionHandled = true;
    }
}
