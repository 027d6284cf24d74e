using OpenGov.Core.Commitments;

namespace OpenGov.Web.Features.Shared;

/// <summary>
/// A milestone as the public pages read it: one flat row, so a whole plan's milestones come in one query
/// and roll-ups and schedule states are computed in memory. <paramref name="VerifiedProgress"/> is the
/// committee-verified figure (null: never verified) and <paramref name="Verification"/> the state of the
/// latest verification (null: nothing reported yet); see ADR-009. <paramref name="DatesAssumed"/>: the
/// dates were filled in, not given by the source (ADR-022); <paramref name="IsIllustrative"/>: its
/// commitment is demo content. <paramref name="ExpectedOutput"/> and <paramref name="MeansOfVerification"/>
/// are the milestone's template texts, carried for the open-data file (ADR-033).
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
    MilestoneStatus Status,
    int? VerifiedProgress = null,
    VerificationState? Verification = null,
    bool DatesAssumed = false,
    bool IsIllustrative = false,
    string? ExpectedOutput = null,
    string? MeansOfVerification = null)
{
    /// <summary>The end that deadlines are judged by; null when there is none or it is assumed.</summary>
    public DateOnly? Due => DatesAssumed ? null : CurrentEnd ?? BaselineEnd;

    public MilestoneFacts Facts => new(Progress, Weight, Status, VerifiedProgress, Verification);

    public ScheduleState Schedule(DateOnly today) =>
        MilestoneSchedule.Evaluate(BaselineEnd, CurrentStart, CurrentEnd, ActualCompletion, Progress, Status, DatesAssumed, today);

    /// <summary>On track, at risk, late, done… in one word, by the Core's rule (ADR-037).</summary>
    public ScheduleStanding Standing(DateOnly today) => MilestoneSchedule.Standing(Status, Schedule(today));
}
