using System.Globalization;
using System.Security.Claims;
using OpenGov.Web.Identity;

namespace OpenGov.Web.Data.Auditing;

/// <summary>The signed-in user of the current request; the most significant role labels them.</summary>
public sealed class HttpAuditActorAccessor(IHttpContextAccessor httpContextAccessor) : IAuditActorAccessor
{
    public AuditActor? Current
    {
        get
        {
            var user = httpContextAccessor.HttpContext?.User;
            if (user?.Identity?.IsAuthenticated != true)
            {
                return null;
            }

            var role = Roles.All.FirstOrDefault(user.IsInRole);
            var institutions = user.FindAll(OpenGovClaims.Institution)
                .Select(c => int.Parse(c.Value, CultureInfo.InvariantCulture))
                .ToList();
            return new AuditActor(user.FindFirstValue(ClaimTypes.NameIdentifier), role, institutions);
        }
    }
}
