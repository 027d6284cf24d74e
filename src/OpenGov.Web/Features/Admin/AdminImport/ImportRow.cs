using System.Globalization;

namespace OpenGov.Web.Features.Admin.AdminImport;

/// <summary>
/// One row of an uploaded file: its cells by column name and typed readers that record a problem (line,
/// column, reason) for a value that does not fit, and report each column's first problem only.
/// </summary>
public sealed class ImportRow(string file, int line, List<ImportProblem> problems)
{
    private readonly Dictionary<string, string?> _cells = [];
    private readonly HashSet<string> _failed = [];

    public string File => file;

    public int Line => line;

    /// <summary>Whether any cell of this row has a problem.</summary>
    public bool HasProblems => _failed.Count > 0;

    internal void Set(string column, string? value) => _cells[column] = value;

    public void Fail(string column, string template, params object[] arguments)
    {
        if (_failed.Add(column))
        {
            problems.Add(new(file, line, column, template, arguments));
        }
    }

    public string? Text(string column, int maxLength, bool required = false)
    {
        var value = _cells.GetValueOrDefault(column)?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            if (required)
            {
                Fail(column, "Este dato es obligatorio.");
            }

            return null;
        }

        if (value.Length > maxLength)
        {
            Fail(column, "El texto tiene {0} caracteres: el máximo es {1}.", value.Length, maxLength);
            return null;
        }

        return value;
    }

    public int? Int(string column, int min, int max, bool required = false)
    {
        var text = Text(column, 20, required);
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            Fail(column, "«{0}» no es un número entero entre {1} y {2}.", text, min, max);
            return null;
        }

        return value;
    }

    /// <summary>A weight: positive, at most four decimals (the column's precision), written with a dot.</summary>
    public decimal? Weight(string column)
    {
        var text = Text(column, 20);
        if (text is null)
        {
            return null;
        }

        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value <= 0 || value >= 100_000 || value.Scale > 4)
        {
            Fail(column, "«{0}» no es un peso válido: un número positivo con punto decimal y hasta cuatro decimales, o vacío.", text);
            return null;
        }

        return value;
    }

    public DateOnly? Date(string column)
    {
        var text = Text(column, 20);
        if (text is null)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            Fail(column, "«{0}» no es una fecha AAAA-MM-DD, por ejemplo 2025-06-30.", text);
            return null;
        }

        return value;
    }

    public bool Bool(string column)
    {
        var text = Text(column, 10);
        switch (text?.ToLowerInvariant())
        {
            case null or "false":
                return false;
            case "true":
                return true;
            default:
                Fail(column, "«{0}» no es true ni false.", text);
                return false;
        }
    }

    /// <summary>A list cell: items separated by semicolons, trimmed, without empty ones.</summary>
    public IReadOnlyList<string> List(string column, int maxLength) =>
        Text(column, maxLength)?.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];
}
