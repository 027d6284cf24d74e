using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.OutputCaching;
using OpenGov.Web.Features.Errors;
using OpenGov.Web.Features.Health;
using OpenGov.Web.Infrastructure.Caching;
using OpenGov.Web.Infrastructure.Http;

namespace OpenGov.Web.Setup;

public static class PipelineSetup
{
    public static WebApplication UseOpenGovPipeline(this WebApplication app)
    {
        // OPENGOV_BENCH_ASSUME_HTTPS: bench/run.sh only. Every request counts as having come
        // through the TLS proxy, as if it carried X-Forwarded-Proto: https, because the reference
        // load script sends one header per URL and the signed-in page needs it for the cookie
        // (ADR-027). Never set in a deployment.
        if (app.Configuration.GetValue<bool>("OPENGOV_BENCH_ASSUME_HTTPS"))
        {
            app.Use((context, next) =>
            {
                context.Request.Scheme = Uri.UriSchemeHttps;
                return next(context);
            });
        }

        app.UseForwardedHeaders();
        app.UseOpenGovSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            // No stack traces outside Development; an unreachable database is a 503 "try again
            // shortly", everything else a generic 500. A fresh scope so the failed request's
            // DbContext is not reused by the error page.
            app.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = "/error",
                CreateScopeForErrors = true,
                StatusCodeSelector = exception => DatabaseFailure.IsUnavailable(exception)
                    ? StatusCodes.Status503ServiceUnavailable
                    : StatusCodes.Status500InternalServerError,
            });
        }

        // HSTS everywhere but Development, the test host included (ADR-045); it is only ever sent on
        // HTTPS and never to localhost. The test host's clients are not redirected to HTTPS.
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        if (!app.Environment.IsDevelopment() && !app.Environment.IsEnvironment("Testing"))
        {
            app.UseHttpsRedirection();
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseResponseCompression();
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = StaticFileCaching.Apply });
        app.UseOpenGovRequestLogging();
        app.UseHeadAsGet();
        app.UseCookiePolicy();
        app.UseRouting();
        // The API's GET answers may be read from any origin (ADR-032); nothing else names the policy.
        app.UseCors();
        app.UseRequestLocalization();
        app.UseAuthentication();
        // Request id and user id on every event from here on (ADR-045).
        app.UseOpenGovLogContext();
        // After authentication, so a signed-in person is limited per account and only anonymous
        // visitors share their address's budget (ADR-016).
        app.UseRateLimiter();
        app.UseAuthorization();
        // After authentication (a signed-in visitor is never served from the cache) and
        // localization (the language is part of the key). The compression inside it means a cached
        // page is stored compressed and compressed once (ADR-025, ADR-026).
        app.UseOutputCache();
        app.UseResponseCompression();
        app.Use(CompressCacheablePages);
        app.MapOpenGovHealthChecks();
        app.MapControllers();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous().CacheOutput(PublicPageCache.Policy);

        // Unknown URLs must answer the friendly 404 page to everyone; without this endpoint the
        // fallback authorization policy would send anonymous visitors to the sign-in page instead.
        app.MapFallback("{*path}", () => Results.NotFound()).AllowAnonymous();
        return app;
    }

    // A page the public cache may store carries no secret (no antiforgery token, nothing personal),
    // so compressing it over HTTPS gives BREACH nothing to guess (ADR-026).
    private static Task CompressCacheablePages(HttpContext context, RequestDelegate next)
    {
        if (context.Features.Get<IOutputCacheFeature>()?.Context.AllowCacheStorage == true
            && context.Features.Get<IHttpsCompressionFeature>() is { } compression)
        {
            compression.Mode = HttpsCompressionMode.Compress;
        }

        return next(context);
    }
}
