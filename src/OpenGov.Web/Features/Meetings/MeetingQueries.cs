using OpenGov.Core.Meetings;

namespace OpenGov.Web.Features.Meetings;

public static class MeetingQueries
{
    /// <summary>Drafts are the committee's working copies and never leave the back office.</summary>
    public static IQueryable<CommitteeMeeting> Public(this IQueryable<CommitteeMeeting> meetings) =>
        meetings.Where(m => m.Status != MeetingStatus.Draft);

    public static IQueryable<CommitteeMeeting> ForJurisdiction(this IQueryable<CommitteeMeeting> meetings, int jurisdictionId) =>
        meetings.Where(m => m.JurisdictionId == jurisdictionId);

    /// <summary>The next public meeting on or after the given day, soonest first.</summary>
    public static IQueryable<CommitteeMeeting> UpcomingFrom(this IQueryable<CommitteeMeeting> meetings, DateOnly today) =>
        meetings.Where(m => m.Date >= today).OrderBy(m => m.Date).ThenBy(m => m.StartTime).ThenBy(m => m.Id);
}
