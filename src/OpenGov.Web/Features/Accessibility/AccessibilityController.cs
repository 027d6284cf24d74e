using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using OpenGov.Web.Infrastructure.Caching;

namespace OpenGov.Web.Features.Accessibility;

[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.Policy)]
public class AccessibilityController : Controller
{
    [HttpGet("/accessibility")]
    public IActionResult Index() => View();
}
