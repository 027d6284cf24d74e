using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Security;

/// <summary>A host that also serves <see cref="ThrowingController"/>, to exercise the exception handler.</summary>
public static class ThrowingEndpoints
{
    public const string DatabaseDown = "/test-only/database-down";
    public const string Bug = "/test-only/bug";

    public static WebApplicationFactory<Program> CreateHost(OpenGovFactory factory) =>
        factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddControllersWithViews().AddApplicationPart(typeof(ThrowingController).Assembly)));
}
