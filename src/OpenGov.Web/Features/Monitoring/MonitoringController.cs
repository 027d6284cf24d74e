using System.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using OpenGov.Core.Monitoring;
using OpenGov.Web.Data;
using Microsoft.AspNetCore.OutputCaching;
using OpenGov.Web.Infrastructure.Caching;

namespace OpenGov.Web.Features.Monitoring;

/// <summary>The public side of the independent monitor's reports: the list, the report page and its PDF.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class MonitoringController(AppDbContext db) : Controller
{
    [HttpGet("/{slug}/reports")]
    public async Task<IActionResult> Index(string slug, ReportKind? kind, int? year, CancellationToken cancellationToken)
    {
        var model = await ReportQueries.LoadIndexAsync(db, slug, kind, year, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    [HttpGet("/{slug}/reports/{id:int}")]
    public async Task<IActionResult> Details(string slug, int id, CancellationToken cancellationToken)
    {
        var model = await ReportQueries.LoadDetailsAsync(db, id, includeDrafts: false, cancellationToken);
        if (model is null || !string.Equals(model.Slug, slug, StringComparison.OrdinalIgnoreCase))
        {
            return NotFound();
        }

        return View(model);
    }

    /// <summary>Served like evidence: always a download, ETag from the content hash, never sniffed as a page.</summary>
    [HttpGet("/{slug}/reports/{id:int}/pdf")]
    public async Task<IActionResult> Pdf(string slug, int id, CancellationToken cancellationToken)
    {
        var lower = slug.ToLowerInvariant();
        var file = await db.MonitoringReportPdfs.AsNoTracking()
            .Where(p => p.MonitoringReportId == id)
            .Join(db.MonitoringReports.Published(), p => p.MonitoringReportId, r => r.Id, (p, r) => new { p.Id, p.FileName, p.Sha256, r.ActionPlanId })
            .Join(db.ActionPlans, f => f.ActionPlanId, p => p.Id, (f, p) => new { f.Id, f.FileName, f.Sha256, p.Jurisdiction!.Slug })
            .FirstOrDefaultAsync(cancellationToken);
        if (file is null || file.Slug != lower)
        {
            return NotFound();
        }

        var etag = new EntityTagHeaderValue($"\"{file.Sha256}\"");
        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.CacheControl = "public, max-age=86400";
        if (Request.GetTypedHeaders().IfNoneMatch.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(etag, useStrongComparison: false)))
        {
            Response.Headers.ETag = etag.ToString();
            return StatusCode(StatusCodes.Status304NotModified);
        }

        var content = await db.MonitoringReportPdfs.AsNoTracking().Where(p => p.Id == file.Id).Select(p => p.Content).SingleAsync(cancellationToken);
        return File(content, "application/pdf", file.FileName, lastModified: null, entityTag: etag);
    }
}
