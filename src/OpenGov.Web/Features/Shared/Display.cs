using System.Globalization;
using Microsoft.Extensions.Localization;
using OpenGov.Core.Commitments;

namespace OpenGov.Web.Features.Shared;

/// <summary>Dates, numbers and roll-up explanations written the way the current culture reads them.</summary>
public static class Display
{
    private static bool IsSpanish => CultureInfo.CurrentCulture.TwoLetterISOLanguageName == "es";

    /// <summary>"21 de noviembre de 2024" in Spanish, "21 November 2024" in English.</summary>
    public static string Date(DateOnly? date) => date is { } d
        ? d.ToString(IsSpanish ? "d 'de' MMMM 'de' yyyy" : "d MMMM yyyy", CultureInfo.CurrentCulture)
        : "—";

    public static string Date(DateTime? utc) => utc is { } t ? Date(DateOnly.FromDateTime(t)) : "—";

    /// <summary>
    /// Date and time of day as people in Ecuador read it (the portal's jurisdictions are all there):
    /// "12 de marzo de 2026, 10:42" / "12 March 2026, 10:42". Stored instants are UTC.
    /// </summary>
    public static string DateTime(DateTime utc)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(System.DateTime.SpecifyKind(utc, DateTimeKind.Utc), LocalZone);
        return $"{Date(DateOnly.FromDateTime(local))}, {local.ToString("HH:mm", CultureInfo.InvariantCulture)}";
    }

    // Ecuador (mainland) has no daylight saving time: a fixed UTC−5 when the system has no zone database.
    private static readonly TimeZoneInfo LocalZone = FindZone();

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("America/Guayaquil");
        }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("UTC-05", TimeSpan.FromHours(-5), "UTC−5", "UTC−5");
        }
    }

    /// <summary>ISO date for the datetime attribute of &lt;time&gt;.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Iso(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>A percentage rounded to a whole number: "62 %" (Spanish spacing) or "62%".</summary>
    public static string Percent(decimal? value) => value is { } v
        ? Math.Round(v, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.CurrentCulture) + (IsSpanish ? "\u00a0%" : "%")
        : "—";

    public static string Number(decimal value, string format = "0.##") => value.ToString(format, CultureInfo.CurrentCulture);

    /// <summary>SVG coordinates are always written with a dot, whatever the page's culture.</summary>
    public static string Svg(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString("N0", CultureInfo.CurrentCulture);

    /// <summary>Names joined as a sentence reads them: "A", "A y B", "A, B y C" (English: "and"); empty for none.</summary>
    public static string List(IReadOnlyList<string> names, IStringLocalizer t) => names.Count switch
    {
        0 => "",
        1 => names[0],
        _ => t["{0} y {1}", string.Join(", ", names.Take(names.Count - 1)), names[^1]],
    };

    /// <summary>
    /// One sentence that explains a roll-up: "62 % = 3 hitos: 100 % × 0,4 + 50 % × 0,4 + 10 % × 0,2".
    /// Long plans get the short form so the sentence stays readable. The unit keys are formats ("{0} hitos").
    /// </summary>
    public static string Explain(Rollup rollup, IStringLocalizer t, string singular, string plural)
    {
        if (!rollup.HasData)
        {
            return t["Sin datos de avance todavía."];
        }

        var count = rollup.Parts.Count;
        var unit = count == 1 ? t[singular, count] : t[plural, count];
        string sentence;
        if (count <= 8)
        {
            var terms = string.Join(" + ", rollup.Parts.Select(p => $"{Percent(p.Progress)} × {Number(p.Share)}"));
            sentence = $"{Percent(rollup.Percent)} = {unit}: {terms}";
        }
        else
        {
            sentence = rollup.EqualWeights
                ? t["{0} = media de {1} con el mismo peso", Percent(rollup.Percent), unit]
                : t["{0} = media ponderada de {1}", Percent(rollup.Percent), unit];
        }

        if (rollup.ExcludedCount > 0)
        {
            sentence = t["{0} ({1} sin datos o cancelados no cuentan)", sentence, rollup.ExcludedCount];
        }

        return sentence;
    }
}
