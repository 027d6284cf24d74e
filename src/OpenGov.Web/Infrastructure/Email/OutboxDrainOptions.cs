namespace OpenGov.Web.Infrastructure.Email;

/// <summary>The "Outbox" configuration section: how often and how hard the outbox is drained.</summary>
public sealed class OutboxDrainOptions
{
    public const string Section = "Outbox";

    /// <summary>Run the background drain; off by default in the Testing environment, where tests drain explicitly.</summary>
    public bool? Enabled { get; set; }

    public int IntervalSeconds { get; set; } = 5;

    /// <summary>At most this many messages per drain, so one run cannot hold the service for long.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>After this many failed attempts a message stays unsent with its last error, for a person to look at.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Delay after the first failure; it doubles on each further failure, up to <see cref="MaxDelayMinutes"/>.</summary>
    public int BaseDelaySeconds { get; set; } = 30;

    public int MaxDelayMinutes { get; set; } = 60;

    public TimeSpan Backoff(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(BaseDelaySeconds * Math.Pow(2, Math.Max(0, attempts - 1)), MaxDelayMinutes * 60.0));
}
