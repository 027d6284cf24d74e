using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.StaticFiles;

namespace OpenGov.Web.Infrastructure.Caching;

/// <summary>
/// Cache headers of wwwroot files (ADR-026): a URL fingerprinted by asp-append-version (<c>?v=</c>
/// the file's hash) never changes content, so browsers keep it a year without asking; any other
/// URL for an hour. Static files hold no secrets, so they are compressed over HTTPS too.
/// </summary>
public static class StaticFileCaching
{
    public const string Fingerprinted = "public, max-age=31536000, immutable";
    public const string Unversioned = "public, max-age=3600";

    public static void Apply(StaticFileResponseContext context)
    {
        var http = context.Context;
        http.Response.Headers.CacheControl = http.Request.Query.ContainsKey("v") ? Fingerprinted : Unversioned;
        if (http.Features.Get<IHttpsCompressionFeature>() is { } compression)
        {
            compression.Mode = HttpsCompressionMode.Compress;
        }
    }
}
