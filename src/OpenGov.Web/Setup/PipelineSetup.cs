using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.OutputCaching;
using OpenGov.Web.Infrastructure.Caching;
using OpenGov.Web.Features.Errors;
using OpenGov.Web.Features.Health;
using Serilog;

namespace OpenGov.Web.Setup;

public static class PipelineSetup
{
    public static WebApplication UseOpenGovPipeline(this WebApplication app)
    {
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

        // OPENGOV_BENCH_PLAIN_HTTP: bench/run.sh only, so a load tool that can send one header
        // (the sign-in cookie) need not also send X-Forwarded-Proto (ADR-027).
        if (!app.Environment.IsDevelopment() && !app.Environment.IsEnvironment("Testing") && !app.Configuration.GetValue<bool>("OPENGOV_BENCH_PLAIN_HTTP"))
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseResponseCompression();
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = StaticFileCaching.Apply });
        app.UseSerilogRequestLogging();
        app.UseCookiePolicy();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseRequestLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        // After authentication (a signed-in visitor is never served from the cache) and
        // localization (the language is part of the key). The compression inside it means a cached
        // page is stored compressed and compressed once (ADR-025, ADR-026).
        app.UseOutputCache();
        app.UseResponseCompression();
        app.Use(CompressCacheablePages);
        app.MapOpenGovHealthChecks();
        app.MapControllers();

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
