using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace OpenGov.Web.Setup;

public static class TelemetrySetup
{
    /// <summary>The service name traces and metrics are reported under, unless OpenTelemetry:ServiceName or OTEL_SERVICE_NAME says otherwise.</summary>
    public const string ServiceName = "opengov-web";

    /// <summary>
    /// Traces and metrics exported over OTLP, only when a collector is configured (ADR-045):
    /// <c>OpenTelemetry:OtlpEndpoint</c> (used as given, gRPC by default) or the standard
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> (read by the exporter with the other OTEL_* variables).
    /// Off by default: nothing is collected and nothing listens.
    /// </summary>
    public static WebApplicationBuilder AddOpenGovTelemetry(this WebApplicationBuilder builder)
    {
        var configured = builder.Configuration["OpenTelemetry:OtlpEndpoint"];
        var standard = builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (string.IsNullOrWhiteSpace(configured) && string.IsNullOrWhiteSpace(standard))
        {
            return builder;
        }

        var endpoint = string.IsNullOrWhiteSpace(configured) ? null : new Uri(configured);
        void Exporter(OtlpExporterOptions options)
        {
            if (endpoint is not null)
            {
                options.Endpoint = endpoint;
            }
        }

        var serviceName = builder.Configuration["OpenTelemetry:ServiceName"] ?? builder.Configuration["OTEL_SERVICE_NAME"] ?? ServiceName;
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithTracing(tracing => tracing
                // Probes every few seconds would drown the traces that matter.
                .AddAspNetCoreInstrumentation(options => options.Filter = context =>
                    !context.Request.Path.StartsWithSegments("/healthz") && !context.Request.Path.StartsWithSegments("/readyz"))
                // Npgsql reports each command (its SQL, never the parameters' values).
                .AddSource("Npgsql")
                .AddOtlpExporter(Exporter))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddMeter("System.Runtime", "Npgsql")
                .AddOtlpExporter(Exporter));
        return builder;
    }
}
