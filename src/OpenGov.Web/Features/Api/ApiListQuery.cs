using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace OpenGov.Web.Features.Api;

/// <summary>The query parameters every list of the API takes.</summary>
public sealed class ApiListQuery
{
    [FromQuery(Name = "limit")]
    [Description("Rows per page, 1 to 200 (default 50).")]
    public int? Limit { get; init; }

    [FromQuery(Name = "cursor")]
    [Description("Opaque cursor from a previous page's next_cursor; omit it for the first page.")]
    public string? Cursor { get; init; }

    [FromQuery(Name = "updated_since")]
    [Description("Only records created or changed at or after this moment (ISO 8601, e.g. 2026-11-01T00:00:00Z), per the public change history.")]
    public DateTimeOffset? UpdatedSince { get; init; }
}
