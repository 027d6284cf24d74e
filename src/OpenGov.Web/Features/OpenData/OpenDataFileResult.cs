using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace OpenGov.Web.Features.OpenData;

/// <summary>
/// An open-data file written to the response body as its rows come from the database: the database
/// reader stays open while the file is written, so memory does not grow with the table.
/// </summary>
public sealed class OpenDataFileResult(OpenDataTable table, OpenDataScope scope, OpenDataFormat format, string fileName) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        var cancellationToken = context.HttpContext.RequestAborted;
        response.ContentType = format == OpenDataFormat.Csv ? "text/csv; charset=utf-8; header=present" : "application/json; charset=utf-8";
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = fileName }.ToString();
        var rows = table.Rows(scope, cancellationToken);
        if (format == OpenDataFormat.Csv)
        {
            await OpenDataWriter.WriteCsvAsync(response.Body, table.Fields, rows, cancellationToken);
        }
        else
        {
            await OpenDataWriter.WriteJsonAsync(response.Body, table.Fields, rows, cancellationToken);
        }
    }
}
