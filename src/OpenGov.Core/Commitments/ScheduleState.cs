namespace OpenGov.Core.Commitments;

/// <summary>
/// Derived, never stored. Slippage is signed days against the baseline end (negative = early);
/// null when the milestone has no real baseline end, was cancelled, or was completed on an unknown day.
/// <paramref name="IsUndated"/>: an open milestone without a real end date (none, or one assumed by whoever
/// loaded it), so it can be neither late nor at risk ("sin fecha"). <paramref name="IsCompletionDateUnknown"/>:
/// completed, but nobody says when ("sin fecha de cierre"), so no on-time claim can be made (ADR-022).
/// </summary>
public sealed record ScheduleState(int? SlippageDays, bool IsOverdue, bool IsAtRisk, bool IsUndated = false, bool IsCompletionDateUnknown = false)
{
    public bool IsDelayed => SlippageDays > 0;
}
