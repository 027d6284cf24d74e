namespace OpenGov.Web.Features.Meetings;

/// <summary>The public list of a jurisdiction's meetings: upcoming soonest first, past newest first.</summary>
public sealed record MeetingsIndexViewModel(
    string Slug,
    string JurisdictionName,
    bool IsDefault,
    IReadOnlyList<MeetingListItem> Upcoming,
    IReadOnlyList<MeetingListItem> Past);
