using System.Globalization;

namespace OpenGov.Web.Data.Seed;

/// <summary>
/// Dates in the demo data files: an ISO date ("2022-12-31") for figures from a document, or a
/// day offset from the loading date ("today-30", "today+45") for illustrative milestones, so the
/// pages always show overdue, at-risk, re-planned and upcoming cases whenever the data is loaded.
/// </summary>
internal static class DemoDate
{
    private const string Today = "today";

    /// <summary>Marks a completion date the source document does not give.</summary>
    public const string Unknown = "unknown";

    public static DateOnly? Parse(string? value, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(value) || value == Unknown)
        {
            return null;
        }

        if (value.StartsWith(Today, StringComparison.Ordinal))
        {
            var offset = value.Length == Today.Length ? 0 : int.Parse(value[Today.Length..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            return today.AddDays(offset);
        }

        return DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    public static DateOnly Require(string value, DateOnly today) =>
        Parse(value, today) ?? throw new FormatException($"A date is required here, not '{value}'.");
}
