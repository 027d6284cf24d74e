using System.Globalization;
using Microsoft.Extensions.Localization;
using OpenGov.Web.Setup;

namespace OpenGov.Web.Features.Shared;

/// <summary>
/// Which language a page's parts are in (ADR-038). The interface is in the visitor's language only once the
/// resource file has its strings (Kichwa has none yet: Spanish); content written in Kichwa (plan and commitment
/// summaries) shows in Kichwa mode where it exists, marked <c>lang="qu"</c>, and the Spanish text otherwise.
/// </summary>
public static class ContentLanguage
{
    /// <summary>The language the interface strings are actually shown in, for <c>&lt;html lang&gt;</c>.</summary>
    public static string Interface(IStringLocalizer t)
    {
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        // Spanish keys are the texts themselves; any other language shows Spanish until its file translates them.
        return language == "es" || t["Saltar al contenido principal"].ResourceNotFound ? "es" : language;
    }

    /// <summary>The Kichwa text for a Kichwa visitor when there is one, else the Spanish; with the lang to mark it by.</summary>
    public static LocalizedContent Pick(string? spanish, string? kichwa) =>
        LocalizationSetup.IsKichwa && !string.IsNullOrWhiteSpace(kichwa) ? new(kichwa, "qu") : new(spanish, "es");
}
