using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenGov.Web.Data;
using OpenGov.Web.Features.Jurisdictions;
using OpenGov.Web.Infrastructure.Caching;
using OpenGov.Web.Resources;

namespace OpenGov.Web.Features.OpenData;

/// <summary>
/// Open data (ADR-031): the "Datos abiertos" page of a jurisdiction, its files as CSV and JSON streamed
/// from the database, and the Frictionless data packages of a jurisdiction and of the whole instance.
/// Cached and evicted like every public page (ADR-025).
/// </summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class OpenDataController(AppDbContext db, TimeProvider time, IStringLocalizer<SharedResource> t) : Controller
{
    [HttpGet("/{slug}/open-data")]
    public async Task<IActionResult> Index(string slug, CancellationToken cancellationToken)
    {
        var jurisdiction = await db.Jurisdictions.AsNoTracking().BySlug(slug)
            .Select(j => new { j.Slug, j.Name, j.IsDefault, j.DataLicence })
            .FirstOrDefaultAsync(cancellationToken);
        if (jurisdiction is null)
        {
            return NotFound();
        }

        var english = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        var files = OpenDataCatalog.Tables.Select(table => new OpenDataFileItem(
            table.Name,
            english ? table.TitleEn : table.TitleEs,
            english ? table.DescriptionEn : table.DescriptionEs,
            table.TakesAsOf,
            table.Fields.Select(f => new OpenDataColumnItem(f.Name, TypeName(f.Type), english ? f.En : f.Es, f.Enum)).ToList())).ToList();
        return View(new OpenDataPageViewModel(
            jurisdiction.Slug, jurisdiction.Name, jurisdiction.IsDefault, jurisdiction.DataLicence,
            DataPackage.Licence(jurisdiction.DataLicence).Path, files));
    }

    [HttpGet("/{slug}/open-data/datapackage.json")]
    public async Task<IActionResult> Package(string slug, CancellationToken cancellationToken)
    {
        var jurisdiction = await db.Jurisdictions.AsNoTracking().BySlug(slug)
            .Select(j => new { j.Slug, j.Name, j.BrandName, j.DataLicence })
            .FirstOrDefaultAsync(cancellationToken);
        if (jurisdiction is null)
        {
            return NotFound();
        }

        var package = DataPackage.Write(
            "opengov-" + jurisdiction.Slug, $"{jurisdiction.BrandName} — {jurisdiction.Name}", [jurisdiction.DataLicence],
            $"{BaseUrl}/{jurisdiction.Slug}/open-data");
        return File(package, DataPackage.ContentType);
    }

    [HttpGet("/{slug}/open-data/{name}.{format}")]
    public async Task<IActionResult> Download(string slug, string name, string format, string? asOf, CancellationToken cancellationToken)
    {
        var jurisdiction = await db.Jurisdictions.AsNoTracking().BySlug(slug)
            .Select(j => new { j.Id, j.Slug })
            .FirstOrDefaultAsync(cancellationToken);
        if (jurisdiction is null)
        {
            return NotFound();
        }

        return await FileAsync(jurisdiction.Id, jurisdiction.Slug, name, format, asOf, cancellationToken);
    }

    [HttpGet("/open-data/datapackage.json")]
    public async Task<IActionResult> InstancePackage(CancellationToken cancellationToken)
    {
        var licences = await db.Jurisdictions.AsNoTracking().Select(j => j.DataLicence).Distinct().OrderBy(l => l).ToListAsync(cancellationToken);
        var package = DataPackage.Write("opengov", t["Datos abiertos de todas las jurisdicciones"], licences.Count == 0 ? ["CC BY 4.0"] : licences, $"{BaseUrl}/jurisdictions");
        return File(package, DataPackage.ContentType);
    }

    [HttpGet("/open-data/{name}.{format}")]
    public Task<IActionResult> InstanceDownload(string name, string format, string? asOf, CancellationToken cancellationToken) =>
        FileAsync(null, "opengov", name, format, asOf, cancellationToken);

    private async Task<IActionResult> FileAsync(int? jurisdictionId, string prefix, string name, string format, string? asOf, CancellationToken cancellationToken)
    {
        var table = OpenDataCatalog.Find(name);
        OpenDataFormat? kind = format switch { "csv" => OpenDataFormat.Csv, "json" => OpenDataFormat.Json, _ => null };
        if (table is null || kind is null)
        {
            return NotFound();
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        DateOnly? day = null;
        if (!string.IsNullOrEmpty(asOf))
        {
            if (!table.TakesAsOf)
            {
                return BadRequest(t["El archivo {0} no puede pedirse a una fecha: ?asOf= vale para {1}.", table.Name, AsOfFiles].Value);
            }

            if (!DateOnly.TryParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                return BadRequest(t["La fecha «{0}» no es válida: use el formato AAAA-MM-DD, por ejemplo 2025-06-30.", asOf].Value);
            }

            if (parsed > today)
            {
                return BadRequest(t["La fecha {0} es posterior a hoy: las cifras solo pueden pedirse hasta hoy.", asOf].Value);
            }

            day = parsed;
        }

        var planIds = await db.ActionPlans.AsNoTracking()
            .Where(p => jurisdictionId == null || p.JurisdictionId == jurisdictionId)
            .Select(p => p.Id)
            .ToListAsync(cancellationToken);
        var scope = new OpenDataScope(db, jurisdictionId, planIds, day, today, BaseUrl);
        var suffix = day is { } d ? "-" + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "";
        return new OpenDataFileResult(table, scope, kind.Value, $"{prefix}-{table.Name}{suffix}.{format}");
    }

    private string TypeName(OpenDataFieldType type) => type switch
    {
        OpenDataFieldType.Integer => t["número entero"],
        OpenDataFieldType.Number => t["número (con punto decimal)"],
        OpenDataFieldType.Boolean => t["sí o no (true/false)"],
        OpenDataFieldType.Date => t["fecha (AAAA-MM-DD)"],
        OpenDataFieldType.DateTime => t["fecha y hora UTC (AAAA-MM-DDThh:mm:ssZ)"],
        OpenDataFieldType.Time => t["hora (hh:mm:ss)"],
        _ => t["texto"],
    };

    private static string AsOfFiles => string.Join(", ", OpenDataCatalog.Tables.Where(x => x.TakesAsOf).Select(x => x.Name));

    private string BaseUrl => $"{Request.Scheme}://{Request.Host}{Request.PathBase}";
}
