using Microsoft.EntityFrameworkCore;
using OpenGov.Web.Data;

namespace OpenGov.Web.Features.Datasets;

/// <summary>Reads datasets for the commitment page and the CSV download, in one query.</summary>
public static class DatasetQueries
{
    public static async Task<List<DatasetModel>> ForCommitmentAsync(AppDbContext db, int commitmentId, int? datasetId, CancellationToken cancellationToken)
    {
        var rows = await db.Datasets.AsNoTracking()
            .Where(d => d.CommitmentId == commitmentId && (datasetId == null || d.Id == datasetId))
            .OrderBy(d => d.Id)
            .Select(d => new
            {
                d.Id, d.Title, d.Source, d.RowsInSource, d.Columns, d.Figures,
                Rows = d.Rows.OrderBy(r => r.Order).Select(r => r.Cells).ToList(),
            })
            .ToListAsync(cancellationToken);
        return rows.Select(d => new DatasetModel(
            d.Id, d.Title, d.Source, d.RowsInSource, d.Columns.ToList(), d.Figures.ToList(),
            d.Rows.Select(r => (IReadOnlyList<string?>)r).ToList())).ToList();
    }
}
