using OpenGov.Core.Common;

namespace OpenGov.Core.OpenData;

/// <summary>The rules a <see cref="Dataset"/> refuses to break, as translatable errors (ADR-028).</summary>
public static class DatasetErrors
{
    public static DomainError ColumnsAfterRows { get; } = new("dataset.columns-after-rows",
        "Las columnas de un conjunto de datos se definen antes de sus filas.");

    public static DomainError ColumnNameRequired { get; } = new("dataset.column.name-required",
        "La columna necesita un nombre.");

    public static DomainError FigureLabelRequired { get; } = new("dataset.figure.label-required",
        "La cifra necesita una etiqueta.");

    public static DomainError RowWidthMismatch(int cells, int columns) => new("dataset.row.width-mismatch",
        "La fila tiene {0} celdas y el conjunto de datos {1} columnas.", cells, columns);

    public static DomainError InvalidValue(string value, string column) => new("dataset.row.invalid-value",
        "El valor «{0}» no es válido en la columna «{1}».", value, column);

    public static DomainError RowsComplete { get; } = new("dataset.rows-complete",
        "El conjunto de datos ya tiene todas las filas que indica su fuente.");
}
