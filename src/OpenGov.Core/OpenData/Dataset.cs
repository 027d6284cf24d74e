using System.Globalization;
using OpenGov.Core.Common;

namespace OpenGov.Core.OpenData;

/// <summary>
/// A table of data attached to a commitment (Santo Domingo's road branches for SD-03), loaded with
/// exactly the rows its source shows. When the source shows only part of the table,
/// <see cref="RowsInSource"/> says how many rows the full table has, and <see cref="Figures"/>
/// keep the source's own totals: nothing here is extrapolated from the rows.
/// </summary>
public class Dataset : Entity
{
    private readonly List<DatasetColumn> _columns = [];
    private readonly List<DatasetFigure> _figures = [];
    private readonly List<DatasetRow> _rows = [];

    public int CommitmentId { get; set; }
    public required string Title { get; set; }

    /// <summary>Where the data comes from, citing the document.</summary>
    public required string Source { get; set; }

    /// <summary>How many rows the full table has according to the source; null when the rows loaded are all of it.</summary>
    public int? RowsInSource { get; set; }

    public IReadOnlyList<DatasetColumn> Columns => _columns;
    public IReadOnlyList<DatasetFigure> Figures => _figures;
    public IReadOnlyCollection<DatasetRow> Rows => _rows;

    public DatasetColumn AddColumn(string name, DatasetColumnKind kind = DatasetColumnKind.Text, IEnumerable<string>? levels = null)
    {
        if (_rows.Count > 0)
        {
            throw new DomainException(DatasetErrors.ColumnsAfterRows);
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException(DatasetErrors.ColumnNameRequired);
        }

        var column = new DatasetColumn { Name = name.Trim(), Kind = kind, Levels = [.. levels ?? []] };
        _columns.Add(column);
        return column;
    }

    public void AddFigure(string label, decimal value, string? unit = null)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            throw new DomainException(DatasetErrors.FigureLabelRequired);
        }

        _figures.Add(new DatasetFigure { Label = label.Trim(), Value = value, Unit = string.IsNullOrWhiteSpace(unit) ? null : unit.Trim() });
    }

    /// <summary>Adds a row; one cell per column, numbers in invariant culture, a graded column's value among its levels.</summary>
    public DatasetRow AddRow(IReadOnlyList<string?> cells)
    {
        if (cells.Count != _columns.Count)
        {
            throw new DomainException(DatasetErrors.RowWidthMismatch(cells.Count, _columns.Count));
        }

        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i] is { } cell && !Accepts(_columns[i], cell))
            {
                throw new DomainException(DatasetErrors.InvalidValue(cell, _columns[i].Name));
            }
        }

        if (RowsInSource is { } total && _rows.Count >= total)
        {
            throw new DomainException(DatasetErrors.RowsComplete);
        }

        // Cells are kept as the source writes them; only a blank cell becomes "not given".
        var row = new DatasetRow { Order = _rows.Count + 1, Cells = [.. cells.Select(c => string.IsNullOrWhiteSpace(c) ? null : c)] };
        _rows.Add(row);
        return row;
    }

    private static bool Accepts(DatasetColumn column, string cell) => column.Kind switch
    {
        DatasetColumnKind.Decimal => decimal.TryParse(cell, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
        DatasetColumnKind.Integer => int.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
        _ => column.Levels.Count == 0 || column.Levels.Contains(cell),
    };
}
