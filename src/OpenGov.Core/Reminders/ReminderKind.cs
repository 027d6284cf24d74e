namespace OpenGov.Core.Reminders;

/// <summary>The reminders the portal mails on its own schedule (ADR-041).</summary>
public enum ReminderKind
{
    /// <summary>An official's milestone falls due in a few days (one of the configured offsets).</summary>
    DueSoon,

    /// <summary>An official's milestone passed its due date yesterday (the first day overdue).</summary>
    Overdue,

    /// <summary>An official's weekly digest: milestones overdue, and reports the committee questioned.</summary>
    WeeklyOfficial,

    /// <summary>A steering-body member's weekly digest of the reports waiting for their verdict.</summary>
    WeeklyCommittee,
}
