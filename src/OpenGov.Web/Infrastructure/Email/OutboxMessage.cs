namespace OpenGov.Web.Infrastructure.Email;

/// <summary>
/// An e-mail waiting to be sent, written in the same transaction as the change it announces and
/// drained by a background service. The deduplication key makes "one e-mail per event" hold even
/// when the same event is processed twice.
/// </summary>
public class OutboxMessage
{
    public long Id { get; init; }
    public required string DeduplicationKey { get; init; }
    public required string To { get; init; }
    public required string Subject { get; init; }
    public required string Body { get; init; }

    /// <summary>The sender's display name: the brand of the jurisdiction the message is about.</summary>
    public string? FromName { get; init; }

    /// <summary>The one-click unsubscribe URL of a notification (RFC 8058 List-Unsubscribe), if any.</summary>
    public string? ListUnsubscribe { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime? SentAt { get; set; }
    public int Attempts { get; set; }
    public DateTime NextAttemptAt { get; set; }
    public string? LastError { get; set; }
}
