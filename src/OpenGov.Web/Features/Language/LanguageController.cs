using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using OpenGov.Web.Features.TwoFactor;
using OpenGov.Web.Setup;

namespace OpenGov.Web.Features.Language;

/// <summary>
/// The Español / English / Kichwa switch: a plain link, so it works without JavaScript and a cached public
/// page needs no per-visitor antiforgery token (ADR-025). A GET may set this cookie because it is
/// only a display preference: a forged link can change nothing but the language of the next page.
/// </summary>
[AllowAnonymous]
[AllowWithoutSecondFactor]
public class LanguageController(CookieNaming cookies) : Controller
{
    [HttpGet("/language/{culture}")]
    public IActionResult Set(string culture, string? returnUrl)
    {
        // Lower-case URLs make the link /language/es-ec: the name is matched whatever its case.
        if (LocalizationSetup.Cultures.FirstOrDefault(c => string.Equals(c, culture, StringComparison.OrdinalIgnoreCase)) is { } known)
        {
            Response.Cookies.Append(
                cookies.Name(CookieSetup.Culture),
                CookieRequestCultureProvider.MakeCookieValue(LocalizationSetup.RequestCultureFor(known)),
                new CookieOptions
                {
                    Expires = DateTimeOffset.UtcNow.AddYears(1),
                    IsEssential = true,
                    HttpOnly = true,
                    SameSite = SameSiteMode.Lax,
                    Secure = Request.IsHttps || cookies.Prefixed,
                    Path = "/",
                });
        }

        // Only a local address: an absolute return URL would make this an open redirect.
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
