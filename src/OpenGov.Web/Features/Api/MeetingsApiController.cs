using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenGov.Core.Meetings;
using OpenGov.Web.Data;

namespace OpenGov.Web.Features.Api;

/// <summary>Steering-committee meetings, announced or with published minutes; drafts never leave the back office.</summary>
[Route("api/v1/meetings")]
public sealed class MeetingsApiController(AppDbContext db, TimeProvider time) : ApiControllerBase(time)
{
    [HttpGet]
    [EndpointSummary("List meetings")]
    [ProducesResponseType<ApiPage<MeetingResource>>(StatusCodes.Status200OK, "application/json")]
    public async Task<IActionResult> List(
        [FromQuery] ApiListQuery query,
        [Description("Only this jurisdiction's meetings (its slug).")] string? jurisdiction,
        [Description("Only the meetings about this plan (its id).")] int? plan,
        [Description("Only meetings in this status (Announced or Published).")] MeetingStatus? status,
        CancellationToken cancellationToken)
    {
        var paging = Paging(query);
        var meetings = Public().ChangedSince(db, paging.UpdatedSince);
        if (jurisdiction is not null)
        {
            meetings = meetings.Where(m => db.Jurisdictions.Any(j => j.Id == m.JurisdictionId && j.Slug == jurisdiction));
        }

        if (plan is { } planId)
        {
            meetings = meetings.Where(m => m.ActionPlanId == planId);
        }

        if (status is { } s)
        {
            meetings = meetings.Where(m => m.Status == s);
        }

        return Page(await ResourcesAsync(meetings.PageOf(paging), cancellationToken), paging, m => m.Id);
    }

    [HttpGet("{id:int}")]
    [EndpointSummary("One meeting")]
    [ProducesResponseType<MeetingResource>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Get(int id, CancellationToken cancellationToken) =>
        One((await ResourcesAsync(Public().Where(m => m.Id == id), cancellationToken)).SingleOrDefault());

    private IQueryable<CommitteeMeeting> Public() =>
        db.CommitteeMeetings.AsNoTracking().Where(m => m.Status != MeetingStatus.Draft);

    private async Task<IReadOnlyList<MeetingResource>> ResourcesAsync(IQueryable<CommitteeMeeting> meetings, CancellationToken cancellationToken)
    {
        var rows = await (
                from m in meetings
                join j in db.Jurisdictions on m.JurisdictionId equals j.Id
                select new
                {
                    m.Id, m.JurisdictionId, m.ActionPlanId, m.Title, m.Date, m.StartTime, m.Place, m.OnlineLink, m.IsOpenToPublic, m.Status,
                    m.AttendingInstitutions, m.AttendeeCount, HasMinutes = m.Minutes != null, m.AnnouncedAt, m.PublishedAt, m.IsIllustrative, j.Slug,
                })
            .ToListAsync(cancellationToken);
        var root = BaseUrl;
        return rows.OrderBy(m => m.Id).Select(m =>
        {
            var html = $"{root}/{m.Slug}/meetings/{m.Id}";
            var links = new ApiLinks
            {
                ["self"] = $"{root}/api/v1/meetings/{m.Id}",
                ["html"] = html,
                ["jurisdiction"] = $"{root}/api/v1/jurisdictions/{m.Slug}",
            };
            if (m.ActionPlanId is { } planId)
            {
                links["plan"] = $"{root}/api/v1/plans/{planId}";
            }

            return new MeetingResource(
                m.Id, m.JurisdictionId, m.ActionPlanId, m.Title, m.Date, m.StartTime, m.Place, m.OnlineLink, m.IsOpenToPublic, m.Status,
                m.AttendingInstitutions, m.AttendeeCount, m.AnnouncedAt, m.PublishedAt,
                m.Status == MeetingStatus.Published && m.HasMinutes ? html : null, m.IsIllustrative, links);
        }).ToList();
    }
}
