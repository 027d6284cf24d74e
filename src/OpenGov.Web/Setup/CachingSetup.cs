using System.IO.Compression;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenGov.Web.Infrastructure.Caching;

namespace OpenGov.Web.Setup;

public static class CachingSetup
{
    /// <summary>
    /// Anonymous public pages come from an output cache emptied after every committed write
    /// (ADR-025); responses without secrets are compressed, over HTTPS too (ADR-026).
    /// </summary>
    public static WebApplicationBuilder AddOpenGovCaching(this WebApplicationBuilder builder)
    {
        // Writes evict at once; the expiry only bounds what no write announces: "today" moving on
        // (due soon, overdue) and a render racing a commit.
        var minutes = builder.Configuration.GetValue("OutputCache:Minutes", 5);
        builder.Services.AddSingleton<PublicPageCache>();
        builder.Services.AddSingleton<PublicFactsCache>();
        builder.Services.AddOutputCache(options =>
        {
            options.UseCaseSensitivePaths = true;
            options.DefaultExpirationTimeSpan = TimeSpan.FromMinutes(minutes);

            // Pages are far smaller; an open-data file larger than this streams every time instead of
            // being buffered whole for the cache (ADR-031).
            options.MaximumBodySize = 16 * 1024 * 1024;
            options.AddPolicy(PublicPageCache.Policy, new PublicPagePolicy(TimeSpan.FromMinutes(minutes)));
        });

        builder.Services.AddSingleton<CookieTempDataProvider>();
        builder.Services.Replace(ServiceDescriptor.Singleton<ITempDataProvider, QuietTempDataProvider>());

        builder.Services.AddResponseCompression(options =>
        {
            // Over HTTPS only what is marked safe is compressed (BREACH): public pages without
            // tokens, static files. See PipelineSetup.
            options.EnableForHttps = false;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "application/atom+xml", "image/svg+xml", "image/x-icon"];
        });
        // Public pages are compressed once and then served from the cache many times.
        builder.Services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        builder.Services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        return builder;
    }
}
