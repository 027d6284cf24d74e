using Serilog;
using Serilog.Formatting.Compact;

namespace OpenGov.Web.Setup;

public static class LoggingSetup
{
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
        });
        return builder;
    }
}
