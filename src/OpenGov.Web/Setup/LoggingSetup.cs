using System.Security.Claims;
using Serilog;
using Serilog.Context;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace OpenGov.Web.Setup;

public static class LoggingSetup
{
    /// <summary>The request's id (HttpContext.TraceIdentifier) on every event of a request (ADR-045).</summary>
    public const string RequestIdProperty = "RequestId";

    /// <summary>The signed-in user's id on every event of their requests; never their e-mail or name (ADR-045).</summary>
    public const string UserIdProperty = "UserId";

    /// <summary>Serilog from configuration; readable console in development, compact JSON file in production.</summary>
    public static WebApplicationBuilder AddOpenGovLogging(this WebApplicationBuilder builder)
    {
        var production = builder.Environment.IsProduction();
        builder.Services.AddSerilog((services, logger) =>
        {
            logger.ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext();
            if (production)
            {
                logger.WriteTo.File(new CompactJsonFormatter(), builder.Configuration["Logging:File"] ?? "logs/opengov-.json",
                    rollingInterval: RollingInterval.Day, retainedFileCountLimit: 14);
            }
            else
            {
                logger.WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture);
            }
        }, preserveStaticLogger: true); // this host's logger, never the process-wide static one (tests run several hosts)
        return builder;
    }

    /// <summary>
    /// One event per request ("HTTP GET /path responded 200 in 12 ms") with the request id and, when
    /// signed in, the user id. Written when the response ends, so it knows who signed in even though it
    /// sits before authentication in the pipeline.
    /// </summary>
    public static IApplicationBuilder UseOpenGovRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(options =>
        {
            // This app's logger, not the process-wide static one (which the last host built in the
            // process owns: another instance in the same process, as in the tests, would take the events).
            options.Logger = app.ApplicationServices.GetService<Serilog.ILogger>();
            // The ids are read from the request itself when its line is written, not through Serilog's
            // ambient diagnostic context, so nothing shared by the process can lose them.
            options.GetMessageTemplateProperties = (context, path, elapsed, status) =>
            {
                var properties = new List<LogEventProperty>
                {
                    new("RequestMethod", new ScalarValue(context.Request.Method)),
                    new("RequestPath", new ScalarValue(path)),
                    new("StatusCode", new ScalarValue(status)),
                    new("Elapsed", new ScalarValue(elapsed)),
                    new(RequestIdProperty, new ScalarValue(context.TraceIdentifier)),
                };
                if (UserId(context) is { } userId)
                {
                    properties.Add(new(UserIdProperty, new ScalarValue(userId)));
                }
                return properties;
            };
        });

    /// <summary>
    /// Every event written while the rest of the request runs carries its request id and the signed-in
    /// user's id. Goes right after authentication, which is what knows the user.
    /// </summary>
    public static IApplicationBuilder UseOpenGovLogContext(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            using var requestId = LogContext.PushProperty(RequestIdProperty, context.TraceIdentifier);
            using var userId = UserId(context) is { } id ? LogContext.PushProperty(UserIdProperty, id) : null;
            await next(context);
        });

    private static string? UserId(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true ? context.User.FindFirstValue(ClaimTypes.NameIdentifier) : null;
}
