namespace OpenGov.Core.Meetings;

/// <summary>
/// Where a committee meeting stands. Announced makes an upcoming meeting public (date, place, agenda)
/// while its minutes are still being written; Published freezes the minutes for good.
/// </summary>
public enum MeetingStatus
{
    Draft,
    Announced,
    Published,
}
