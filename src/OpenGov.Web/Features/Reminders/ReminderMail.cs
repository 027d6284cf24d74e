namespace OpenGov.Web.Features.Reminders;

/// <summary>A composed reminder: subject and plain-text body, already in the recipient's language.</summary>
public sealed record ReminderMail(string Subject, string Body);
