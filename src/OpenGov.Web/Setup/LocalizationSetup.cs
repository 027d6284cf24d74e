using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace OpenGov.Web.Setup;

public static class LocalizationSetup
{
    /// <summary>Kichwa (Ecuador). Its interface strings come from SharedResource.qu.resx once a translator fills it (ADR-038).</summary>
    public const string Kichwa = "qu-EC";

    /// <summary>The languages the switch offers, in its order: Spanish (default), English, Kichwa.</summary>
    public static readonly string[] Cultures = ["es-EC", "en", Kichwa];

    /// <summary>
    /// Spanish (Ecuador) by default, English or Kichwa by the language switch (a cookie). Kichwa pages format
    /// dates and numbers as es-EC does: the interface around Kichwa content is Spanish until it is translated.
    /// </summary>
    public static WebApplicationBuilder AddOpenGovLocalization(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization();

        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture("es-EC");
            options.SupportedCultures = [new CultureInfo("es-EC"), new CultureInfo("en")];
            options.SupportedUICultures = Cultures.Select(c => new CultureInfo(c)).ToList();
            // Only the explicit choice counts; the browser's Accept-Language does not override the portal's default.
            options.RequestCultureProviders = [new CookieRequestCultureProvider { CookieName = CookieSetup.Naming(builder).Name(CookieSetup.Culture) }];
        });
        return builder;
    }

    /// <summary>What the switch stores for a language: Kichwa keeps Spanish (Ecuador) formatting.</summary>
    public static RequestCulture RequestCultureFor(string culture) =>
        culture == Kichwa ? new RequestCulture("es-EC", Kichwa) : new RequestCulture(culture);

    /// <summary>Whether the visitor chose Kichwa: content with a Kichwa version shows it.</summary>
    public static bool IsKichwa => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "qu";
}
