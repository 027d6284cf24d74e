using Microsoft.AspNetCore.Diagnostics;
using OpenGov.Web.Features.Errors;
using OpenGov.Web.Features.Health;
using OpenGov.Web.Infrastructure.Http;
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

        if (!app.Environment.IsDevelopment() && !app.Environment.IsEnvironment("Testing"))
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseStaticFiles();
        app.UseSerilogRequestLogging();
        app.UseHeadAsGet();
        app.UseCookiePolicy();
        app.UseRouting();
        app.UseRequestLocalization();
        app.UseAuthentication();
        // After authentication, so a signed-in person is limited per account and only anonymous
        // visitors share their address's budget (ADR-016).
        app.UseRateLimiter();
        app.UseAuthorization();
        app.MapOpenGovHealthChecks();
        app.MapControllers();

        // Unknown URLs must answer the friendly 404 page to everyone; without this endpoint the
        // fallback authorization policy would send anonymous visitors to the sign-in page instead.
        app.MapFallback("{*path}", () => Results.NotFound()).AllowAnonymous();
        return app;
    }
}
