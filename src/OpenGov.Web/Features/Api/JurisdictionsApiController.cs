using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenGov.Core.Jurisdictions;
using OpenGov.Web.Data;

namespace OpenGov.Web.Features.Api;

/// <summary>The jurisdictions of the instance.</summary>
[Route("api/v1/jurisdictions")]
public sealed class JurisdictionsApiController(AppDbContext db, TimeProvider time) : ApiControllerBase(time)
{
    [HttpGet]
    [EndpointSummary("List jurisdictions")]
    [ProducesResponseType<ApiPage<JurisdictionResource>>(StatusCodes.Status200OK, "application/json")]
    public async Task<IActionResult> List([FromQuery] ApiListQuery query, CancellationToken cancellationToken)
    {
        var paging = Paging(query);
        var rows = await Select(db.Jurisdictions.AsNoTracking().ChangedSince(db, paging.UpdatedSince).PageOf(paging)).ToListAsync(cancellationToken);
        return Page(rows, paging, j => j.Id);
    }

    [HttpGet("{slug}")]
    [EndpointSummary("One jurisdiction, by its slug")]
    [ProducesResponseType<JurisdictionResource>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Get([Description("The jurisdiction's slug, e.g. pastaza.")] string slug, CancellationToken cancellationToken) =>
        One(await Select(db.Jurisdictions.AsNoTracking().Where(j => j.Slug == slug)).FirstOrDefaultAsync(cancellationToken));

    private IQueryable<JurisdictionResource> Select(IQueryable<Jurisdiction> jurisdictions)
    {
        var root = BaseUrl;
        return jurisdictions.Select(j => new JurisdictionResource(
            j.Id, j.Slug, j.Name, j.Level, j.Country, j.BrandName, j.SteeringBodyName, j.OgpMemberSince, j.DataLicence,
            Links(root, j.Slug)));
    }

    private static ApiLinks Links(string root, string slug) => new()
    {
        ["self"] = $"{root}/api/v1/jurisdictions/{slug}",
        ["html"] = $"{root}/{slug}",
        ["plans"] = $"{root}/api/v1/plans?jurisdiction={slug}",
        ["open_data"] = $"{root}/{slug}/open-data",
    };
}
