using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OpenGov.Core.OpenData;
using OpenGov.Web.Data;

namespace OpenGov.Web.Features.Datasets;

/// <summary>Reads datasets for the commitment page and the CSV download, in one query.</summary>
public static class DatasetQueries
{
    /// <summary>
    /// What a page reads of a dataset; usable inside a larger query (the commitment page reads its
    /// datasets with the commitment) and mapped with <see cref="ToModel"/>. Columns and figures are
    /// read as their jsonb documents, not expanded into rows, which would multiply the rows read.
    /// </summary>
    public static readonly Expression<Func<Dataset, DatasetData>> Projection = d => new DatasetData(
        d.Id, d.Title, d.Source, d.RowsInSource, d.Columns, d.Figures,
        d.Rows.OrderBy(r => r.Order).Select(r => r.Cells).ToList());

    public static async Task<List<DatasetModel>> ForCommitmentAsync(AppDbContext db, int commitmentId, int? datasetId, CancellationToken cancellationToken)
    {
        var rows = await db.Datasets.AsNoTracking()
            .Where(d => d.CommitmentId == commitmentId && (datasetId == null || d.Id == datasetId))
            .OrderBy(d => d.Id)
            .Select(Projection)
            .ToListAsync(cancellationToken);
        return rows.Select(ToModel).ToList();
    }

    public static DatasetModel ToModel(DatasetData d) => new(
        d.Id, d.Title, d.Source, d.RowsInSource, d.Columns, d.Figures,
        d.Rows.Select(r => (IReadOnlyList<string?>)r).ToList());
}
