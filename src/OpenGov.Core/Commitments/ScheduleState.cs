namespace OpenGov.Core.Commitments;

/// <summary>
/// Derived, never stored. Slippage is signed days against the baseline end (negative = early);
/// null when the milestone has no baseline end or was cancelled.
/// </summary>
public sealed record ScheduleState(int? SlippageDays, bool IsOverdue, bool IsAtRisk)
{
    public bool IsDelayed => SlippageDays > 0;
}
