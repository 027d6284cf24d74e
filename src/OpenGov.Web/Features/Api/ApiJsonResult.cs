using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace OpenGov.Web.Features.Api;

/// <summary>
/// An API response: JSON with an ETag taken from its bytes, so the same data gives the same tag on
/// every instance and after every eviction; a request whose If-None-Match holds it gets 304 and no
/// body. The public output cache answers the same 304 from a stored copy (ADR-032).
/// </summary>
public sealed class ApiJsonResult(object value) : IActionResult
{
    public object Value { get; } = value;

    public async Task ExecuteResultAsync(ActionContext context)
    {
        var http = context.HttpContext;
        var options = http.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        var body = JsonSerializer.SerializeToUtf8Bytes(Value, Value.GetType(), options);
        var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(body), 0, 16)}\"");
        var response = http.Response;
        response.Headers.ETag = etag.ToString();
        response.Headers.CacheControl = "no-cache";
        if (EntityTagHeaderValue.TryParseList(http.Request.Headers.IfNoneMatch, out var tags)
            && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(etag, useStrongComparison: false)))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, http.RequestAborted);
    }
}
