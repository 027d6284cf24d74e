using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using OpenGov.Web.Identity;

namespace OpenGov.Web.Features.TwoFactor;

/// <summary>The account page's block about the second factor: on or off, and what the person may do about it (ADR-044).</summary>
public sealed class AccountTwoFactorViewComponent : ViewComponent
{
    public IViewComponentResult Invoke()
    {
        var user = (ClaimsPrincipal)User;
        var status = new TwoFactorStatus(
            Enabled: user.HasClaim(c => c.Type == OpenGovClaims.SecondFactor),
            Required: SecondFactor.RequiredForRoles.Any(user.IsInRole));
        return View("/Features/TwoFactor/_AccountTwoFactor.cshtml", status);
    }
}
