using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Cors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.WebUtilities;
using OpenGov.Web.Features.Shared;
using OpenGov.Web.Infrastructure.Caching;

namespace OpenGov.Web.Features.Api;

/// <summary>
/// What every resource of the read-only API shares (ADR-032): anonymous GET, any origin, the public
/// output cache and its eviction (ADR-025), JSON with a content ETag, problem details for errors, and
/// the paging, <c>asOf</c> and <c>updated_since</c> parameters checked the same way everywhere.
/// </summary>
[ApiController]
[AllowAnonymous]
[EnableCors(CorsPolicy)]
[OutputCache(PolicyName = PublicPageCache.Policy)]
[ApiProblems]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
public abstract class ApiControllerBase(TimeProvider time) : ControllerBase
{
    public const string CorsPolicy = "public-api";
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    protected DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    protected string BaseUrl => $"{Request.Scheme}://{Request.Host}{Request.PathBase}";

    /// <summary>The day figures are given for, or null for today's (stored) figures; a bad date is a 400.</summary>
    protected DateOnly? AsOfDay(string? asOf) => AsOf.TryParse(asOf, Today, out var day)
        ? day
        : throw new ApiProblemException("asOf", $"'{asOf}' is not a day written YYYY-MM-DD up to today ({Today:yyyy-MM-dd}), for example 2025-06-30.");

    /// <summary>The day the figures of a response are computed for.</summary>
    protected DateOnly FiguresDay(DateOnly? asOf) => asOf ?? Today;

    /// <summary>The page asked for: how many rows and after which id (from the opaque cursor).</summary>
    protected static ApiPaging Paging(ApiListQuery query)
    {
        var limit = query.Limit ?? DefaultLimit;
        if (limit is < 1 or > MaxLimit)
        {
            throw new ApiProblemException("limit", $"limit must be between 1 and {MaxLimit}.");
        }

        var after = 0;
        if (!string.IsNullOrEmpty(query.Cursor) && !ApiCursor.TryDecode(query.Cursor, out after))
        {
            throw new ApiProblemException("cursor", "The cursor is not one this API gave out: start again without it and follow the 'next' links.");
        }

        return new ApiPaging(limit, after, query.UpdatedSince?.UtcDateTime);
    }

    /// <summary>
    /// A page of rows read in id order, <paramref name="rows"/> holding up to one row more than the
    /// limit: that extra row says there is a next page, which starts after the last row shown.
    /// </summary>
    protected ApiJsonResult Page<T>(IReadOnlyList<T> rows, ApiPaging paging, Func<T, int> idOf)
    {
        var shown = rows.Take(paging.Limit).ToList();
        var next = rows.Count > paging.Limit ? ApiCursor.Encode(idOf(shown[^1])) : null;
        return new ApiJsonResult(new ApiPage<T>(shown, next, new ApiPageLinks(WithCursor(null), next is null ? null : WithCursor(next))));
    }

    /// <summary>
    /// The rows of a page when a filter can only be judged on the computed figures (a verification
    /// state, a status as of a past day): rows are read in id order in batches and kept while they
    /// pass, until the page (plus one row) is full or the rows run out.
    /// </summary>
    protected static async Task<IReadOnlyList<T>> ReadAsync<T>(
        ApiPaging paging, Func<int, int, Task<IReadOnlyList<T>>> read, Func<T, int> idOf, Func<T, bool>? keep)
    {
        if (keep is null)
        {
            return await read(paging.After, paging.Take);
        }

        var batchSize = Math.Max(paging.Take * 4, 200);
        var kept = new List<T>();
        var after = paging.After;
        while (kept.Count < paging.Take)
        {
            var batch = await read(after, batchSize);
            kept.AddRange(batch.Where(keep));
            if (batch.Count < batchSize)
            {
                break;
            }

            after = idOf(batch[^1]);
        }

        return kept.Take(paging.Take).ToList();
    }

    /// <summary>One resource, or a 404 problem when there is none by that key.</summary>
    protected IActionResult One<T>(T? resource)
        where T : class =>
        resource is null
            ? Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"There is no such record at {Request.Path}.")
            : new ApiJsonResult(resource);

    private string WithCursor(string? cursor)
    {
        var query = QueryHelpers.ParseQuery(Request.QueryString.Value)
            .Where(p => !string.Equals(p.Key, "cursor", StringComparison.OrdinalIgnoreCase))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)))
            .ToList();
        if (cursor is not null)
        {
            query.Add(new("cursor", cursor));
        }

        return QueryHelpers.AddQueryString(BaseUrl + Request.Path, query);
    }
}
