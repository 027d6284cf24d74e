namespace OpenGov.Core.Commitments;

/// <summary>
/// How a milestone stands against its schedule, in one word: the schedule state of the open-data files
/// and the API, and what the home page counts and the commitment cards summarise (ADR-037).
/// </summary>
public enum ScheduleStanding
{
    OnTrack,
    AtRisk,
    Overdue,
    Undated,
    Completed,
    CompletedDateUnknown,
    Cancelled,
}
