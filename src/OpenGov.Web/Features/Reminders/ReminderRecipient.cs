namespace OpenGov.Web.Features.Reminders;

/// <summary>Who a reminder goes to, in which language, and the token of their opt-out link.</summary>
public sealed record ReminderRecipient(string UserId, string Email, string DisplayName, string Language, string Token);
