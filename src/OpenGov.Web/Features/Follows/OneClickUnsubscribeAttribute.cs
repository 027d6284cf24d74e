using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace OpenGov.Web.Features.Follows;

/// <summary>
/// The antiforgery policy of the unsubscribe POST, replacing the global one there only: a mail client's
/// RFC 8058 one-click request (body "List-Unsubscribe=One-Click") carries no antiforgery token because no
/// page was ever opened, so it is let through; the token in the URL authenticates it, and a forged request
/// without the token can do nothing. Any other POST to the action is validated as everywhere else.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OneClickUnsubscribeAttribute : Attribute, IAsyncAuthorizationFilter, IAntiforgeryPolicy, IOrderedFilter
{
    /// <summary>The global antiforgery filter's order: with equal orders the action's filter comes last, and the last policy is the effective one.</summary>
    public int Order => 1000;

    public const string Field = "List-Unsubscribe";
    public const string Value = "One-Click";

    public static bool IsOneClick(HttpRequest request) =>
        request.HasFormContentType && string.Equals(request.Form[Field], Value, StringComparison.Ordinal);

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        if (!context.IsEffectivePolicy<IAntiforgeryPolicy>(this))
        {
            return;
        }

        var request = context.HttpContext.Request;
        if (request.HasFormContentType)
        {
            await request.ReadFormAsync(context.HttpContext.RequestAborted);
            if (IsOneClick(request))
            {
                return;
            }
        }

        var antiforgery = context.HttpContext.RequestServices.GetRequiredService<IAntiforgery>();
        if (!await antiforgery.IsRequestValidAsync(context.HttpContext))
        {
            context.Result = new AntiforgeryValidationFailedResult();
        }
    }
}
