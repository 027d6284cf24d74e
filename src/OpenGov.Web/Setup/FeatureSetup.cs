using OpenGov.Web.Features.Admin;
using OpenGov.Web.Features.Follows;
using OpenGov.Web.Features.ProgressUpdates;

namespace OpenGov.Web.Setup;

public static class FeatureSetup
{
    /// <summary>The feature services that earn a class of their own (STYLE.md habit 3).</summary>
    public static WebApplicationBuilder AddOpenGovFeatures(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<AdminAudit>();
        builder.Services.AddScoped<FollowerNotifications>();
        builder.Services.AddScoped<ProgressReporter>();
        return builder;
    }
}
