namespace OpenGov.Web.Features.Reminders;

/// <summary>The "Reminders" configuration section (ADR-041).</summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>Run the schedule in the background; off by default in the Testing environment, where tests run it themselves.</summary>
    public bool? Enabled { get; set; }

    /// <summary>
    /// Days before a milestone's due date on which its officials are reminded; unset, <see cref="DefaultDaysBefore"/>.
    /// (No initial value: the configuration binder appends to an array it finds, so [7] would become [14, 3, 7].)
    /// </summary>
    public int[]? DaysBefore { get; set; }

    public static readonly int[] DefaultDaysBefore = [14, 3];

    public IReadOnlyCollection<int> Offsets => DaysBefore is { Length: > 0 } days ? days : DefaultDaysBefore;

    /// <summary>The day the weekly digests go out.</summary>
    public DayOfWeek WeeklyDay { get; set; } = DayOfWeek.Monday;

    /// <summary>How often the schedule looks for reminders to send; each one is sent once whatever the interval.</summary>
    public int IntervalMinutes { get; set; } = 60;
}
