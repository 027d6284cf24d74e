namespace OpenGov.Core.Reminders;

/// <summary>
/// One reminder, recorded when it is claimed for sending: the unique (recipient, kind, key) makes each
/// reminder go out once, however many times or on however many app instances the schedule runs. The key
/// names what the reminder is about: a milestone, its due date and the offset ("m42:2026-12-15:14"), or
/// the week of a digest ("2026-11-30").
/// </summary>
public class SentReminder
{
    public long Id { get; init; }
    public required string UserId { get; init; }
    public ReminderKind Kind { get; init; }
    public required string Key { get; init; }

    /// <summary>The milestone a due or overdue reminder is about; null for the weekly digests.</summary>
    public int? MilestoneId { get; init; }
    public DateTime SentAt { get; init; }
}
