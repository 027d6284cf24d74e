namespace OpenGov.Web.Features.Meetings;

public sealed record CommitteeMeetingsViewModel(IReadOnlyList<MeetingListItem> Meetings);
