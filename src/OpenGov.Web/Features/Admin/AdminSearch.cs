namespace OpenGov.Web.Features.Admin;

public static class AdminSearch
{
    public const char Escape = '\\';

    /// <summary>An ILIKE pattern that finds the typed text anywhere, with its own % and _ taken literally.</summary>
    public static string Contains(string text) =>
        "%" + text.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
}
