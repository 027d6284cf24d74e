using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OpenGov.Web.Tests.Infrastructure;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace OpenGov.Web.Tests.Ops;

/// <summary>
/// OpenTelemetry is off unless a collector is configured; with one, traces and metrics of every
/// request are collected for the OTLP exporter (ADR-045). The collector here is a loopback port
/// nothing listens on: nothing leaves the machine, and a missing collector breaks no page.
/// </summary>
[Collection(WebTestCollection.Name)]
public class TelemetryTests(OpenGovFactory factory)
{
    [Fact]
    public void ByDefault_NoTracerOrMeterProvider()
    {
        Assert.Null(factory.Services.GetService<TracerProvider>());
        Assert.Null(factory.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task WithAnOtlpEndpoint_RequestsAreTracedAndMeasured_AndPagesStillAnswer()
    {
        using var host = factory.WithWebHostBuilder(builder =>
            builder.UseSetting("OpenTelemetry:OtlpEndpoint", $"http://127.0.0.1:{UnusedPort()}"));

        var response = await host.CreateClient().GetAsync("/pastaza");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(host.Services.GetService<TracerProvider>());
        Assert.NotNull(host.Services.GetService<MeterProvider>());
        // The tracer provider listens to the requests ASP.NET Core starts.
        using var aspNetCore = new ActivitySource("Microsoft.AspNetCore");
        Assert.True(aspNetCore.HasListeners());
    }

    private static int UnusedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
