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
    string JurisdictionName)
{
    /// <summary>A demo meeting, labelled so where a page shows it (the home page).</summary>
    public bool IsIllustrative { get; init; }
}
