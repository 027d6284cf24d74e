namespace OpenGov.Core.Commitments;

public enum MilestoneStatus
{
    NotStarted,
    InProgress,
    Completed,
    Cancelled,
}
