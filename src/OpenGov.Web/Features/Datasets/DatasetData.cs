using OpenGov.Core.OpenData;

namespace OpenGov.Web.Features.Datasets;

/// <summary>A dataset as read from the database, before <see cref="DatasetQueries.ToModel"/> shapes it for a page.</summary>
public sealed record DatasetData(
    int Id, string Title, string Source, int? RowsInSource,
    IReadOnlyList<DatasetColumn> Columns, IReadOnlyList<DatasetFigure> Figures, List<List<string?>> Rows);
