using OpenGov.Core.Common;
using OpenGov.Core.Jurisdictions;

namespace OpenGov.Core.Commitments;

/// <summary>
/// A dated step of a commitment. Baseline dates are the plan as approved (frozen once the plan
/// is in implementation); current dates are the re-planned ones; slippage compares the two.
/// </summary>
public class Milestone : Entity
{
    private readonly List<ProgressUpdate> _progressUpdates = [];

    public int CommitmentId { get; set; }
    public Commitment? Commitment { get; set; }
    public int Order { get; set; }
    public required string Title { get; set; }
    public string? ExpectedOutput { get; set; }
    public string? MeansOfVerification { get; set; }
    public int ResponsibleInstitutionId { get; set; }
    public Institution? ResponsibleInstitution { get; set; }
    public DateOnly? BaselineStart { get; private set; }
    public DateOnly? BaselineEnd { get; private set; }
    public DateOnly? CurrentStart { get; set; }
    public DateOnly? CurrentEnd { get; set; }
    public DateOnly? ActualCompletion { get; private set; }

    /// <summary>
    /// The dates were filled in by whoever loaded the milestone (e.g. the plan's period) because the source
    /// gives none: pages say "fecha supuesta" and the schedule never calls the milestone late (ADR-022).
    /// </summary>
    public bool DatesAssumed { get; private set; }

    /// <summary>Why the current dates last moved. Each re-plan's reason is also kept in its audit event, next to the dates it changed.</summary>
    public string? ReplanReason { get; private set; }
    public decimal? Weight { get; set; }
    public int Progress { get; private set; }
    public MilestoneStatus Status { get; private set; } = MilestoneStatus.NotStarted;

    public IReadOnlyCollection<ProgressUpdate> ProgressUpdates => _progressUpdates;

    public void SetBaseline(DateOnly? start, DateOnly? end, bool baselineFrozen)
    {
        if (baselineFrozen)
        {
            throw new DomainException(MilestoneErrors.BaselineFrozen);
        }

        EnsureOrdered(start, end);
        BaselineStart = start;
        BaselineEnd = end;
        DatesAssumed = false;
    }

    /// <summary>
    /// Moves the current dates; the reason is required and stored with them, so the audit trail records
    /// it. Moving the end past the plan's period (<paramref name="planEnd"/>, when given) must be
    /// confirmed: the milestone will then finish after the plan it belongs to.
    /// </summary>
    public void Replan(DateOnly? start, DateOnly? end, string reason, DateOnly? planEnd = null, bool beyondPlanEndConfirmed = false)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException(MilestoneErrors.ReasonRequired);
        }

        if (reason.Trim().Length > FieldLengths.Reason)
        {
            throw new DomainException(MilestoneErrors.ReasonTooLong(FieldLengths.Reason));
        }

        EnsureOrdered(start, end);
        if (end > planEnd && !beyondPlanEndConfirmed)
        {
            throw new DomainException(MilestoneErrors.BeyondPlanEnd);
        }

        CurrentStart = start;
        CurrentEnd = end;
        ReplanReason = reason.Trim();
        DatesAssumed = false;
    }

    /// <summary>
    /// Marks the dates as assumed: the source gives none, so they were filled in. Setting the baseline or
    /// re-planning states real dates and clears the mark.
    /// </summary>
    public void MarkDatesAssumed() => DatesAssumed = true;

    /// <summary>The schedule state today, from the rules of <see cref="MilestoneSchedule"/>.</summary>
    public ScheduleState Schedule(DateOnly today) =>
        MilestoneSchedule.Evaluate(BaselineEnd, CurrentStart, CurrentEnd, ActualCompletion, Progress, Status, DatesAssumed, today);

    /// <summary>Appends a progress update and moves the milestone to the reported state.</summary>
    public ProgressUpdate RecordProgress(
        int progress, MilestoneStatus status, string narrative, DateTime reportedAtUtc,
        string? authorId = null, int? authorInstitutionId = null, Evidence? evidence = null, bool requireEvidenceForCompletion = true)
    {
        evidence ??= Evidence.None;
        if (Status == MilestoneStatus.Cancelled)
        {
            throw new DomainException(MilestoneErrors.Cancelled);
        }

        if (progress is < 0 or > 100)
        {
            throw new DomainException(MilestoneErrors.ProgressOutOfRange);
        }

        if (string.IsNullOrWhiteSpace(narrative))
        {
            throw new DomainException(MilestoneErrors.NarrativeRequired);
        }

        if (status == MilestoneStatus.Completed && progress != 100)
        {
            throw new DomainException(MilestoneErrors.CompletedBelowFullProgress);
        }

        if (status == MilestoneStatus.Completed && requireEvidenceForCompletion && evidence.Count == 0)
        {
            throw new DomainException(MilestoneErrors.CompletedWithoutEvidence);
        }

        if (status == MilestoneStatus.NotStarted && progress > 0)
        {
            throw new DomainException(MilestoneErrors.NotStartedWithProgress);
        }

        var update = new ProgressUpdate
        {
            MilestoneId = Id,
            AuthorId = authorId,
            AuthorInstitutionId = authorInstitutionId,
            ReportedAt = DateTime.SpecifyKind(reportedAtUtc, DateTimeKind.Utc),
            Progress = progress,
            Status = status,
            Narrative = narrative.Trim(),
        };
        update.AttachEvidence(evidence.Files, evidence.Links);
        _progressUpdates.Add(update);

        Progress = progress;
        Status = status;
        ActualCompletion = status == MilestoneStatus.Completed ? DateOnly.FromDateTime(reportedAtUtc) : null;
        return update;
    }

    /// <summary>Sets the completion date when it is known from a document rather than a report.</summary>
    public void SetActualCompletion(DateOnly? date) => ActualCompletion = date;

    private static void EnsureOrdered(DateOnly? start, DateOnly? end)
    {
        if (start is not null && end is not null && end < start)
        {
            throw new DomainException(MilestoneErrors.EndBeforeStart);
        }
    }
}
