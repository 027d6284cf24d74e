using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsvHelper;

namespace OpenGov.Web.Features.OpenData;

/// <summary>
/// Writes an open-data file row by row as the rows arrive (nothing but one row and the writers' buffers
/// in memory): CSV per RFC 4180 (UTF-8 without BOM, CRLF, header row) with CsvHelper, or JSON (an array
/// with one object per row, the columns as its members). Values are written invariantly: dates
/// <c>yyyy-MM-dd</c>, times of day <c>HH:mm:ss</c>, moments in UTC ISO 8601, numbers with a dot.
/// In CSV a text cell that a spreadsheet would run as a formula is prefixed with an apostrophe.
/// </summary>
public static class OpenDataWriter
{
    private const int FlushEvery = 500;

    public static async Task WriteCsvAsync(Stream body, IReadOnlyList<OpenDataField> fields, IAsyncEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        await using var csv = CsvWriter.Create(body, CsvOptions, leaveOpen: true);
        foreach (var field in fields)
        {
            csv.WriteField(field.Name);
        }

        await csv.EndRecordAsync(cancellationToken);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            for (var i = 0; i < fields.Count; i++)
            {
                WriteCsvValue(csv, row[i]);
            }

            // Flushes to the response whenever the writer's buffer is mostly full.
            await csv.EndRecordAsync(cancellationToken);
        }

        await csv.FlushAsync(cancellationToken);
    }

    public static async Task WriteJsonAsync(Stream body, IReadOnlyList<OpenDataField> fields, IAsyncEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(body, new JsonWriterOptions { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var names = fields.Select(f => JsonEncodedText.Encode(f.Name)).ToArray();
        json.WriteStartArray();
        var count = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            json.WriteStartObject();
            for (var i = 0; i < names.Length; i++)
            {
                json.WritePropertyName(names[i]);
                WriteJsonValue(json, row[i]);
            }

            json.WriteEndObject();
            if (++count % FlushEvery == 0)
            {
                await json.FlushAsync(cancellationToken);
            }
        }

        json.WriteEndArray();
        await json.FlushAsync(cancellationToken);
    }

    /// <summary>
    /// RFC 4180, UTF-8 without BOM, invariant numbers; a text cell starting with =, +, -, @, tab or CR gets an
    /// apostrophe in front (and quotes). Numbers, dates and booleans are written typed, so a negative number
    /// stays a number.
    /// </summary>
    private static readonly CsvWriterOptions CsvOptions = CsvWriterOptions.Default with
    {
        Injection = CsvInjection.Escape,
        TrueValue = "true",
        FalseValue = "false",
        FormatProvider = CultureInfo.InvariantCulture,
        WriteByteOrderMark = false,
    };

    private static void WriteCsvValue(CsvWriter csv, object? value)
    {
        switch (value)
        {
            case null:
                csv.WriteField((string?)null);
                break;
            case string s:
                csv.WriteField(s);
                break;
            case bool b:
                csv.WriteField(b);
                break;
            case int i:
                csv.WriteField(i, "");
                break;
            case long l:
                csv.WriteField(l, "");
                break;
            case decimal d:
                csv.WriteField(d, "");
                break;
            case DateOnly d:
                csv.WriteField(d, "yyyy-MM-dd");
                break;
            case DateTime t:
                csv.WriteField(DateTime.SpecifyKind(t, DateTimeKind.Utc), "yyyy-MM-dd'T'HH:mm:ss'Z'");
                break;
            case TimeOnly t:
                csv.WriteField(t, "HH:mm:ss");
                break;
            default:
                csv.WriteField(Invariant(value));
                break;
        }
    }

    private static string? Invariant(object? value) => value switch
    {
        null => null,
        bool b => b ? "true" : "false",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeOnly t => t.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
        DateTime t => DateTime.SpecifyKind(t, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static void WriteJsonValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case string s:
                json.WriteStringValue(s);
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            case int i:
                json.WriteNumberValue(i);
                break;
            case long l:
                json.WriteNumberValue(l);
                break;
            case decimal d:
                json.WriteNumberValue(d);
                break;
            default:
                json.WriteStringValue(Invariant(value));
                break;
        }
    }
}
