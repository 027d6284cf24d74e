using OpenGov.Core.OpenData;

namespace OpenGov.Web.Features.Datasets;

/// <summary>
/// A dataset as the commitment page and its CSV show it: the source's columns and totals, and exactly
/// the rows loaded. <see cref="RowsInSource"/> is the full table's size when the source shows only part of it.
/// </summary>
public sealed record DatasetModel(
    int Id, string Title, string Source, int? RowsInSource,
    IReadOnlyList<DatasetColumn> Columns, IReadOnlyList<DatasetFigure> Figures, IReadOnlyList<IReadOnlyList<string?>> Rows)
{
    public bool IsPartial => RowsInSource is { } total && total > Rows.Count;
}
