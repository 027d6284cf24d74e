using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace OpenGov.Web.Infrastructure.Caching;

/// <summary>
/// Which requests a public page may be served to from the cache, and which responses may be stored
/// (ADR-025): GET or HEAD from an anonymous visitor whose only cookies are the language choice and
/// the antiforgery cookie, a 200 that sets no cookie; one entry per path, query, language and
/// accepted encoding.
/// </summary>
public sealed class PublicPagePolicy(TimeSpan duration) : IOutputCachePolicy
{
    private const string GenerationKey = "public-page-generation";

    // Cookies a cached page may be served with: they change nothing on a public page (the culture
    // is part of the key; cached pages carry no antiforgery token). Any other cookie (sign-in,
    // TempData status message...) means the page may be personal: it is rendered, not cached.
    private static readonly HashSet<string> HarmlessCookies = new(StringComparer.Ordinal)
    {
        Setup.CookieSetup.Culture,
        Setup.CookieSetup.HostPrefix + Setup.CookieSetup.Culture,
        Setup.CookieSetup.Antiforgery,
        Setup.CookieSetup.HostPrefix + Setup.CookieSetup.Antiforgery,
        // The language cookie's name before ADR-045: no longer read, so it changes nothing either.
        CookieRequestCultureProvider.DefaultCookieName,
    };

    private static long _entity;

    public static bool IsCacheable(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return false;
        }

        if (context.User.Identity?.IsAuthenticated == true || request.Headers.ContainsKey(HeaderNames.Authorization))
        {
            return false;
        }

        foreach (var cookie in request.Cookies)
        {
            if (!HarmlessCookies.Contains(cookie.Key))
            {
                return false;
            }
        }

        return true;
    }

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var cacheable = IsCacheable(context.HttpContext);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = duration;
        context.Tags.Add(PublicPageCache.Tag);
        context.CacheVaryByRules.QueryKeys = "*";
        // Compressed and plain copies are stored apart, as a shared cache honouring Vary would.
        context.CacheVaryByRules.HeaderNames = HeaderNames.AcceptEncoding;
        // Both cultures: Kichwa pages format as es-EC, and a hand-made cookie may pair any two.
        context.CacheVaryByRules.VaryByValues["culture"] = $"{CultureInfo.CurrentCulture.Name}|{CultureInfo.CurrentUICulture.Name}";
        if (cacheable)
        {
            var generation = Cache(context).Generation;
            context.HttpContext.Items[GenerationKey] = generation;
            // A new tag for every stored copy: If-None-Match is then answered 304 from the cache
            // until the next eviction. Browsers revalidate each time (no-cache) rather than show a
            // page older than the last write.
            var headers = context.HttpContext.Response.Headers;
            headers.ETag = string.Create(CultureInfo.InvariantCulture, $"\"{generation:x}-{Interlocked.Increment(ref _entity):x}\"");
            headers.CacheControl = "no-cache";
        }

        return ValueTask.CompletedTask;
    }

    // Resolved per request: the cache's store is built from the options this policy is registered in.
    private static PublicPageCache Cache(OutputCacheContext context) => context.HttpContext.RequestServices.GetRequiredService<PublicPageCache>();

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        var renderedBefore = context.HttpContext.Items[GenerationKey] is long generation && generation != Cache(context).Generation;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0 || renderedBefore)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
