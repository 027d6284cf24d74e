namespace OpenGov.Web.Features.Meetings;

public sealed record MeetingAddendumItem(DateTime AddedAt, string Text);
