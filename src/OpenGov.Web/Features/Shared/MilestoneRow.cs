using OpenGov.Core.Commitments;

namespace OpenGov.Web.Features.Shared;

/// <summary>
/// A milestone as the public pages read it: one flat row, so a whole plan's milestones come in one query
/// and roll-ups and schedule states are computed in memory.
/// </summary>
public sealed record MilestoneRow(
    int Id,
    int CommitmentId,
    string CommitmentCode,
    int Order,
    string Title,
    string ResponsibleInstitution,
    DateOnly? BaselineStart,
    DateOnly? BaselineEnd,
    DateOnly? CurrentStart,
    DateOnly? CurrentEnd,
    DateOnly? ActualCompletion,
    decimal? Weight,
    int Progress,
    MilestoneStatus Status)
{
    public DateOnly? Due => CurrentEnd ?? BaselineEnd;

    public ScheduleState Schedule(DateOnly today) =>
        MilestoneSchedule.Evaluate(BaselineEnd, CurrentStart, CurrentEnd, ActualCompletion, Progress, Status, today);
}
