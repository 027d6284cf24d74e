using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.WebEncoders;
using Microsoft.AspNetCore.Mvc.Razor;
using OpenGov.Web.Infrastructure.Http;
using OpenGov.Web.Resources;

namespace OpenGov.Web.Setup;

public static class MvcSetup
{
    /// <summary>MVC with feature folders (controller, views and view models side by side), antiforgery on every unsafe method and route ids from the route.</summary>
    public static WebApplicationBuilder AddOpenGovMvc(this WebApplicationBuilder builder)
    {
        builder.Services.AddRouting(options => options.LowercaseUrls = true);

        // Spanish and Kichwa text stays readable in the HTML (and lighter) instead of &#xE1; escapes;
        // markup characters are still encoded.
        builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services
            .AddControllersWithViews(options =>
            {
                options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                // A record named in the URL is the record acted on, whatever the form says (ADR-015).
                options.Conventions.Add(new RouteParametersFromRouteConvention());
            })
            .AddRazorOptions(options =>
            {
                options.ViewLocationFormats.Clear();
                options.ViewLocationFormats.Add("/Features/{1}/{0}" + RazorViewEngine.ViewExtension);
                // The back office keeps its screens together: Features/Admin/AdminPlans/Edit.cshtml.
                options.ViewLocationFormats.Add("/Features/Admin/{1}/{0}" + RazorViewEngine.ViewExtension);
                options.ViewLocationFormats.Add("/Features/Shared/{0}" + RazorViewEngine.ViewExtension);
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(options =>
                options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        // MVC's binding messages ("«12,5» no es un número entero…") in the request's language.
        builder.Services.AddOptions<MvcOptions>().Configure<IStringLocalizerFactory>((options, factory) =>
            ModelBindingMessages.Configure(options, factory.Create(typeof(SharedResource))));
        return builder;
    }
}
