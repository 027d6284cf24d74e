namespace OpenGov.Web.Features.Sessions;

/// <summary>
/// "Firefox" and "Windows" read from a User-Agent header, enough for a person to recognise their own
/// browsers in the list; not a fingerprint, and names only (no versions). Null when unknown.
/// </summary>
public sealed record DeviceDescription(string? Browser, string? System)
{
    private static readonly (string Marker, string Name)[] Browsers =
    [
        ("Edg/", "Edge"), ("EdgA/", "Edge"), ("OPR/", "Opera"), ("SamsungBrowser/", "Samsung Internet"),
        ("Firefox/", "Firefox"), ("FxiOS/", "Firefox"), ("CriOS/", "Chrome"), ("Chromium/", "Chromium"),
        ("Chrome/", "Chrome"), ("Safari/", "Safari"),
    ];

    private static readonly (string Marker, string Name)[] Systems =
    [
        ("Windows", "Windows"), ("Android", "Android"), ("iPhone", "iPhone"), ("iPad", "iPad"),
        ("CrOS", "ChromeOS"), ("Macintosh", "macOS"), ("Mac OS X", "macOS"), ("Linux", "Linux"),
    ];

    public static DeviceDescription From(string? userAgent) => new(Find(userAgent, Browsers), Find(userAgent, Systems));

    private static string? Find(string? userAgent, (string Marker, string Name)[] names) =>
        string.IsNullOrEmpty(userAgent) ? null : names.FirstOrDefault(n => userAgent.Contains(n.Marker, StringComparison.Ordinal)).Name;
}
