using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenGov.Web.Data;
using OpenGov.Web.Features.ActionPlans;
using OpenGov.Web.Features.Commitments;

namespace OpenGov.Web.Features.Datasets;

/// <summary>Open data: a commitment's dataset as a CSV download (the page shows it as a table).</summary>
[AllowAnonymous]
public sealed class DatasetsController(AppDbContext db) : Controller
{
    [HttpGet("/{slug}/plans/{number:int}/commitments/{code}/datasets/{id:int}.csv")]
    public async Task<IActionResult> Csv(string slug, int number, string code, int id, CancellationToken cancellationToken)
    {
        var plans = db.ActionPlans.ForJurisdiction(slug).Where(p => p.Number == number);
        var commitment = await (
                from c in db.Commitments.AsNoTracking().WithCode(code)
                join plan in plans on c.ActionPlanId equals plan.Id
                select new { c.Id, c.Code })
            .FirstOrDefaultAsync(cancellationToken);
        var dataset = commitment is null ? null : (await DatasetQueries.ForCommitmentAsync(db, commitment.Id, id, cancellationToken)).SingleOrDefault();
        if (commitment is null || dataset is null)
        {
            return NotFound();
        }

        return File(DatasetCsv.Write(dataset), DatasetCsv.ContentType, $"{commitment.Code.ToLowerInvariant()}-datos-{dataset.Id}.csv");
    }
}
