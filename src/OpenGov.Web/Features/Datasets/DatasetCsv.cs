using System.Text;

namespace OpenGov.Web.Features.Datasets;

/// <summary>
/// Writes a dataset as RFC 4180 CSV (comma-separated, CRLF line ends, fields with a comma, quote or
/// line break quoted and their quotes doubled), UTF-8 without BOM. A cell that a spreadsheet would
/// run as a formula (starting with =, +, -, @, tab or CR) is prefixed with an apostrophe.
/// A missing value is an empty field.
/// </summary>
public static class DatasetCsv
{
    public const string ContentType = "text/csv; charset=utf-8; header=present";

    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    public static byte[] Write(DatasetModel dataset)
    {
        var csv = new StringBuilder();
        AppendLine(csv, dataset.Columns.Select(c => (string?)c.Name));
        foreach (var row in dataset.Rows)
        {
            AppendLine(csv, row);
        }

        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(csv.ToString());
    }

    /// <summary>One field as written to the file: neutralised, then quoted when needed.</summary>
    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var safe = FormulaStarts.Contains(value[0]) ? "'" + value : value;
        return safe.IndexOfAny(NeedsQuotes) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }

    private static void AppendLine(StringBuilder csv, IEnumerable<string?> fields) =>
        csv.Append(string.Join(',', fields.Select(Field))).Append("\r\n");
}
