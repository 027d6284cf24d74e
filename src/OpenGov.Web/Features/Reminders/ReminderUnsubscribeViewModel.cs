namespace OpenGov.Web.Features.Reminders;

/// <summary>The page an opt-out link opens: whether reminders are on, and the token its buttons post back.</summary>
public sealed record ReminderUnsubscribeViewModel(string Token, bool WantsReminders);
