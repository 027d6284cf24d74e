using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace OpenGov.Web.Setup;

public static class LocalizationSetup
{
    public static readonly string[] Cultures = ["es-EC", "en"];

    /// <summary>Spanish (Ecuador) by default, English by the language switch (a cookie).</summary>
    public static WebApplicationBuilder AddOpenGovLocalization(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization();

        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = Cultures.Select(c => new CultureInfo(c)).ToList();
            options.DefaultRequestCulture = new RequestCulture("es-EC");
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            // Only the explicit choice counts; the browser's Accept-Language does not override the portal's default.
            options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        return builder;
    }
}
