using System.Net.Sockets;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace OpenGov.Web.Tests.Security;

/// <summary>
/// Throws the way the app does when PostgreSQL is unreachable (EF wraps the NpgsqlException) and
/// the way an ordinary bug does. Served only by <see cref="ThrowingEndpoints.CreateHost"/>.
/// </summary>
[AllowAnonymous]
[Route("test-only")]
public sealed class ThrowingController : Controller
{
    [HttpGet("database-down")]
    public IActionResult DatabaseDown() =>
        throw new InvalidOperationException(
            "An exception has been raised that is likely due to a transient failure.",
            new NpgsqlException("Failed to connect to 127.0.0.1:1", new SocketException((int)SocketError.ConnectionRefused)));

    [HttpPost("bug")]
    [IgnoreAntiforgeryToken]
    public IActionResult Bug() => throw new InvalidOperationException("secret detail");
}
