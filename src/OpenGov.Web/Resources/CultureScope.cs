using System.Globalization;
using OpenGov.Web.Setup;

namespace OpenGov.Web.Resources;

/// <summary>
/// Writes in someone else's language for a moment (an e-mail to a follower who chose English while the
/// request is Spanish), then restores the request's cultures.
/// </summary>
public sealed class CultureScope : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    private CultureScope(string? language)
    {
        var known = LocalizationSetup.Cultures.FirstOrDefault(c => string.Equals(c, language, StringComparison.OrdinalIgnoreCase)) ?? "es-EC";
        var request = LocalizationSetup.RequestCultureFor(known);
        CultureInfo.CurrentCulture = request.Culture;
        CultureInfo.CurrentUICulture = request.UICulture;
    }

    /// <summary>The language stored with a follow; unknown or missing means Spanish, the portal's default.</summary>
    public static CultureScope Of(string? language) => new(language);

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}
