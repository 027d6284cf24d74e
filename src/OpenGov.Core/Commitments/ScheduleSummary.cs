namespace OpenGov.Core.Commitments;

/// <summary>A commitment's schedule in one word, from its milestones' standings (<see cref="ScheduleTally.Summary"/>).</summary>
public enum ScheduleSummary
{
    /// <summary>Every open milestone is still within its dates (some may be at risk).</summary>
    OnTime,

    /// <summary>At least one open milestone is past its end date.</summary>
    Late,

    /// <summary>Every milestone that was not cancelled is completed.</summary>
    Done,

    /// <summary>The open milestones have no real end date, so nobody can say whether they are late (ADR-022).</summary>
    Undated,
}
