using OpenGov.Core.Meetings;

namespace OpenGov.Web.Features.Meetings;

/// <summary>A meeting's public page: the announcement, and once published its minutes and addenda.</summary>
public sealed record MeetingDetailsViewModel(
    int Id,
    string Slug,
    string JurisdictionName,
    bool IsDefault,
    string Title,
    DateOnly Date,
    TimeOnly? StartTime,
    string? Place,
    string? OnlineLink,
    bool IsOpenToPublic,
    string? Agenda,
    IReadOnlyList<string> AttendingInstitutions,
    int? AttendeeCount,
    string? Minutes,
    string? Decisions,
    MeetingStatus Status,
    DateTime? PublishedAt,
    bool IsIllustrative,
    IReadOnlyList<ReviewedMilestoneItem> ReviewedMilestones,
    IReadOnlyList<MeetingAddendumItem> Addenda)
{
    public bool HasMinutes => Status == MeetingStatus.Published;
}
