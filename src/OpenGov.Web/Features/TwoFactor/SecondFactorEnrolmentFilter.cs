using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using OpenGov.Web.Identity;

namespace OpenGov.Web.Features.TwoFactor;

/// <summary>
/// Sends an Admin, steering-body member or monitor who signed in without a second factor to enrolment,
/// whatever page they ask for, until they have one (ADR-044). Reads only the principal: no query.
/// </summary>
public sealed class SecondFactorEnrolmentFilter : IAuthorizationFilter
{
    public void OnAuthorization(AuthorizationFilterContext context)
    {
        if (!SecondFactor.MustEnrol(context.HttpContext.User)
            || context.ActionDescriptor.EndpointMetadata.OfType<AllowWithoutSecondFactorAttribute>().Any())
        {
            return;
        }

        var request = context.HttpContext.Request;
        var returnUrl = HttpMethods.IsGet(request.Method) ? request.PathBase + request.Path + request.QueryString : null;
        context.Result = new RedirectToActionResult(nameof(TwoFactorController.Enrol), "TwoFactor", new { returnUrl });
    }
}
