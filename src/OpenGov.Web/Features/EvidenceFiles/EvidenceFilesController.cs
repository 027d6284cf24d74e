using System.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using OpenGov.Web.Data;

namespace OpenGov.Web.Features.EvidenceFiles;

/// <summary>
/// Evidence files are public. Always served as downloads with the type their bytes proved at upload,
/// never rendered inline, so a file cannot run as a page of the portal.
/// </summary>
[AllowAnonymous]
public sealed class EvidenceFilesController(AppDbContext db) : Controller
{
    [HttpGet("/evidence/{id:int}/{fileName?}")]
    public async Task<IActionResult> Download(int id, CancellationToken cancellationToken)
    {
        var file = await db.EvidenceFiles.AsNoTracking()
            .Where(f => f.Id == id)
            .Select(f => new { f.FileName, f.ContentType, f.SizeBytes, f.Sha256 })
            .FirstOrDefaultAsync(cancellationToken);
        if (file is null)
        {
            return NotFound();
        }

        // The content's hash never changes for a stored file: a strong ETag, and 304 before reading any bytes.
        var etag = new EntityTagHeaderValue($"\"{file.Sha256}\"");
        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.CacheControl = "public, max-age=86400";
        var ifNoneMatch = Request.GetTypedHeaders().IfNoneMatch;
        if (ifNoneMatch.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(etag, useStrongComparison: false)))
        {
            Response.Headers.ETag = etag.ToString();
            return StatusCode(StatusCodes.Status304NotModified);
        }

        return File(await OpenContentAsync(id, cancellationToken), file.ContentType, file.FileName, lastModified: null, entityTag: etag);
    }

    /// <summary>
    /// Streams the bytes straight from PostgreSQL (sequential access) instead of buffering up to 20 MB
    /// per request; the reader lives until the response is written.
    /// </summary>
    private async Task<Stream> OpenContentAsync(int id, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "SELECT content FROM evidence_files WHERE id = @id";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "id";
        parameter.Value = id;
        command.Parameters.Add(parameter);
        var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess | CommandBehavior.SingleRow, cancellationToken);
        HttpContext.Response.RegisterForDisposeAsync(reader);
        HttpContext.Response.RegisterForDisposeAsync(command);
        await reader.ReadAsync(cancellationToken);
        return reader.GetStream(0);
    }
}
