using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using OpenGov.Web.Setup;

namespace OpenGov.Web.Features.Language;

/// <summary>The Español / English switch: a plain form post, so it works without JavaScript.</summary>
[AllowAnonymous]
public class LanguageController : Controller
{
    [HttpPost("/language")]
    public IActionResult Set(string? culture, string? returnUrl)
    {
        if (culture is not null && LocalizationSetup.Cultures.Contains(culture))
        {
            Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions
                {
                    Expires = DateTimeOffset.UtcNow.AddYears(1),
                    IsEssential = true,
                    HttpOnly = true,
                    SameSite = SameSiteMode.Lax,
                    Secure = Request.IsHttps,
                });
        }

        // Only a local address: an absolute return URL would make this an open redirect.
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
