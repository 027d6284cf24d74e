namespace OpenGov.Web.Features.Meetings;

/// <summary>A back-office page about one meeting (publish or add an addendum), with the meeting as read-only context.</summary>
public sealed record CommitteeMeetingPage(MeetingDetailsViewModel Meeting, PublishForm Publish, AddendumForm Addendum);
