using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OpenGov.Web.Authorization;

namespace OpenGov.Web.Features.Admin;

/// <summary>The back office's start page: one link per thing an admin manages.</summary>
[Authorize(Policy = Policies.Administer)]
public sealed class AdminController : Controller
{
    [HttpGet("/admin")]
    public IActionResult Index() => View();
}
