using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace OpenGov.Web.Features.Accessibility;

[AllowAnonymous]
public class AccessibilityController : Controller
{
    [HttpGet("/accessibility")]
    public IActionResult Index() => View();
}
