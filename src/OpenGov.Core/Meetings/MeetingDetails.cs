namespace OpenGov.Core.Meetings;

/// <summary>The editable facts of a committee meeting, as written by the committee's secretary.</summary>
public sealed record MeetingDetails(
    string Title,
    DateOnly Date,
    TimeOnly? StartTime,
    string? Place,
    string? OnlineLink,
    bool IsOpenToPublic,
    string? Agenda,
    string? AttendingInstitutions,
    int? AttendeeCount,
    string? Minutes,
    string? Decisions);
