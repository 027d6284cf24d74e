using System.Text;
using CsvHelper;
using OpenGov.Web.Features.OpenData;

namespace OpenGov.Web.Features.Admin.AdminImport;

/// <summary>
/// Reads an uploaded CSV in the columns of an open-data file (ADR-033): UTF-8, comma-separated, RFC 4180,
/// a header naming every column of the export (in any order) and nothing else, at most
/// <see cref="MaxBytes"/> and <see cref="MaxRows"/> rows. A cell that a spreadsheet would run as a formula
/// is refused; one the export neutralised (an apostrophe before =, +, -, @, tab or CR) reads as the text
/// after the apostrophe, so an exported file imports as it was.
/// </summary>
public static class ImportCsv
{
    public const int MaxBytes = 2 * 1024 * 1024;
    public const int MaxRows = 5_000;

    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    private static readonly CsvReaderOptions Options = CsvReaderOptions.Default with
    {
        Separator = ',',
        TrackLineNumbers = true,
        MalformedData = CsvMalformedDataHandling.Throw,
    };

    public static IReadOnlyList<ImportRow> Read(string file, byte[] bytes, IReadOnlyList<OpenDataField> fields, List<ImportProblem> problems)
    {
        if (bytes.Length > MaxBytes)
        {
            problems.Add(new(file, 0, null, "El archivo pesa más de {0} MB, el máximo: divídalo en varios archivos.", MaxBytes / 1048576));
            return [];
        }

        // The export writes UTF-8 without BOM; a spreadsheet may add one. Anything else is refused, not guessed.
        var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetCharCount(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            problems.Add(new(file, 0, null, "El archivo no está en UTF-8. Guárdelo como «CSV UTF-8 (delimitado por comas)»."));
            return [];
        }

        var rows = new List<ImportRow>();
        try
        {
            using var reader = CsvReader.Create(bytes.AsMemory(start), Options);
            reader.ReadHeader();
            var header = reader.Headers.ToArray();
            if (!HeaderIsValid(file, header, fields, problems))
            {
                return [];
            }

            while (reader.Read())
            {
                var line = (int)reader.LineNumber;
                if (rows.Count == MaxRows)
                {
                    problems.Add(new(file, line, null, "El archivo tiene más de {0} filas: divídalo en varios archivos.", MaxRows));
                    return [];
                }

                if (reader.FieldCount != header.Length)
                {
                    problems.Add(new(file, line, null, "La fila tiene {0} celdas y el encabezado {1} columnas.", reader.FieldCount, header.Length));
                    continue;
                }

                var row = new ImportRow(file, line, problems);
                for (var i = 0; i < header.Length; i++)
                {
                    row.Set(header[i], Cell(reader.GetString(i), fields.First(f => f.Name == header[i]), row));
                }

                rows.Add(row);
            }
        }
        catch (CsvFormatException exception)
        {
            problems.Add(new(file, (int)exception.LineNumber, null, "Las comillas de esta fila no están bien cerradas (RFC 4180): revise el archivo desde aquí."));
            return [];
        }

        return rows;
    }

    private static bool HeaderIsValid(string file, string[] header, IReadOnlyList<OpenDataField> fields, List<ImportProblem> problems)
    {
        var before = problems.Count;
        if (header.Length == 0)
        {
            problems.Add(new(file, 1, null, "El archivo está vacío: falta la fila de encabezado."));
            return false;
        }

        foreach (var name in header.GroupBy(h => h).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            problems.Add(new(file, 1, name, "La columna aparece más de una vez en el encabezado."));
        }

        foreach (var name in header.Where(h => fields.All(f => f.Name != h)).Distinct())
        {
            problems.Add(new(file, 1, name, "Columna desconocida: el archivo debe tener las columnas del archivo de datos abiertos, ni más ni menos."));
        }

        foreach (var field in fields.Where(f => !header.Contains(f.Name)))
        {
            problems.Add(new(file, 1, field.Name, "Falta esta columna del archivo de datos abiertos."));
        }

        return problems.Count == before;
    }

    /// <summary>The value of a cell: null when empty, the text after the apostrophe of a neutralised cell; a formula is refused.</summary>
    private static string? Cell(string? value, OpenDataField field, ImportRow row)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (value.Length > 1 && value[0] == '\'' && FormulaStarts.Contains(value[1]))
        {
            return value[1..];
        }

        // A negative number in a numeric column (slippage_days) is a number, written typed by the export.
        var numeric = field.Type is OpenDataFieldType.Integer or OpenDataFieldType.Number
            && decimal.TryParse(value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out _);
        if (FormulaStarts.Contains(value[0]) && !numeric)
        {
            row.Fail(field.Name, "La celda empieza con «{0}», como una fórmula de hoja de cálculo, y no se importa. Si es texto, póngale un apóstrofo delante.",
                value[0] switch { '\t' => "TAB", '\r' => "CR", var c => c.ToString() });
            return null;
        }

        return value;
    }
}
