using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.WebEncoders;

namespace OpenGov.Web.Setup;

public static class LocalizationSetup
{
    public static readonly string[] Cultures = ["es-EC", "en"];

    /// <summary>Spanish (Ecuador) by default, English by the language switch (a cookie).</summary>
    public static WebApplicationBuilder AddOpenGovLocalization(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization();

        // Razor escapes every non-ASCII letter by default ("acci&#xF3;n"): pages in Spanish and Kichwa
        // would be heavier and unreadable as source. HTML-significant characters are still escaped.
        builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        // Dates on the public pages ("due in 30 days", "overdue") are relative to today; the clock
        // comes from DI so tests can replace it.
        builder.Services.TryAddSingleton(TimeProvider.System);
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
