using OpenGov.Core.Meetings;

namespace OpenGov.Web.Features.Meetings;

public sealed record MeetingListItem(
    int Id,
    string Title,
    DateOnly Date,
    TimeOnly? StartTime,
    string? Place,
    bool IsOpenToPublic,
    MeetingStatus Status,
    string JurisdictionSlug,
    string JurisdictionName);
