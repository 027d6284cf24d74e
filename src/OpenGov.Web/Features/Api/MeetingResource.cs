using OpenGov.Core.Meetings;

namespace OpenGov.Web.Features.Api;

/// <summary>A steering-committee meeting once announced: when and where, who attended, and its minutes once published.</summary>
public sealed record MeetingResource(
    int Id,
    int JurisdictionId,
    int? ActionPlanId,
    string Title,
    DateOnly Date,
    TimeOnly? StartTime,
    string? Place,
    string? OnlineLink,
    bool IsOpenToPublic,
    MeetingStatus Status,
    string? AttendingInstitutions,
    int? AttendeeCount,
    DateTime? AnnouncedAt,
    DateTime? PublishedAt,
    string? MinutesUrl,
    bool IsIllustrative,
    ApiLinks Links);
