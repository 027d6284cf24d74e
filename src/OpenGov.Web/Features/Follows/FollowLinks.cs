using Microsoft.Extensions.Options;
using OpenGov.Web.Infrastructure.Email;

namespace OpenGov.Web.Features.Follows;

/// <summary>
/// Absolute confirm and unsubscribe links for follow e-mails. The configured public origin wins over
/// the request's Host header (which a client controls); outside a request the configured origin is the only one.
/// </summary>
public sealed class FollowLinks(IOptions<EmailOptions> options, IHttpContextAccessor httpContextAccessor)
{
    public string Confirm(string token) => Absolute($"follows/confirm/{token}");

    public string Unsubscribe(string token) => Absolute($"follows/unsubscribe/{token}");

    private string Absolute(string path)
    {
        var configured = options.Value.PublicBaseUrl;
        var request = httpContextAccessor.HttpContext?.Request;
        var origin = !string.IsNullOrWhiteSpace(configured) ? configured.TrimEnd('/')
            : request is not null ? $"{request.Scheme}://{request.Host}"
            : "http://localhost";
        return $"{origin}/{path}";
    }
}
