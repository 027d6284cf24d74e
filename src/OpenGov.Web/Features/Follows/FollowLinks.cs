using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using OpenGov.Web.Features.Milestones;
using OpenGov.Web.Infrastructure.Email;

namespace OpenGov.Web.Features.Follows;

/// <summary>
/// Absolute links for follow e-mails. The configured public origin wins over the request's Host header
/// (which a client controls); outside a request the configured origin is the only one.
/// Tokens travel in the query string, which lower-case routing never touches (ADR-013).
/// </summary>
public sealed class FollowLinks(IOptions<EmailOptions> options, IHttpContextAccessor httpContextAccessor, LinkGenerator linkGenerator)
{
    public string Confirm(string token) => Absolute(QueryHelpers.AddQueryString("/follows/confirm", "token", token));

    /// <summary>The unsubscribe page, and the RFC 8058 one-click target of the List-Unsubscribe header.</summary>
    public string Unsubscribe(string token) => Absolute(QueryHelpers.AddQueryString("/follows/unsubscribe", "token", token));

    /// <summary>The milestone page, scrolled to the progress update (its entry carries id="avance-N").</summary>
    public string Update(string slug, int planNumber, string commitmentCode, int milestoneOrder, int updateId)
    {
        var path = linkGenerator.GetPathByAction("Details", "Milestones",
            new { slug, number = planNumber, code = commitmentCode, order = milestoneOrder })
            ?? throw new InvalidOperationException("No route to the milestone page.");
        return Absolute(path) + "#" + UpdateAnchors.Of(updateId);
    }

    private string Absolute(string path)
    {
        var configured = options.Value.PublicBaseUrl;
        var request = httpContextAccessor.HttpContext?.Request;
        var origin = !string.IsNullOrWhiteSpace(configured) ? configured.TrimEnd('/')
            : request is not null ? $"{request.Scheme}://{request.Host}"
            : "http://localhost";
        return $"{origin}/{path.TrimStart('/')}";
    }
}
