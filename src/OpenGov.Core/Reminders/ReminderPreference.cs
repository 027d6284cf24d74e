namespace OpenGov.Core.Reminders;

/// <summary>
/// A person's reminder settings: the language reminders are written in, whether they want them, and the
/// random token of the opt-out link every reminder carries (it works without signing in).
/// </summary>
public class ReminderPreference
{
    public required string UserId { get; init; }
    public required string Token { get; init; }

    /// <summary>"es-EC", "en" or "qu-EC"; Spanish when unknown.</summary>
    public string Language { get; private set; } = "es-EC";
    public DateTime? OptedOutAt { get; private set; }

    public bool WantsReminders => OptedOutAt is null;

    public void OptOut(DateTime nowUtc) => OptedOutAt ??= nowUtc;

    public void OptIn() => OptedOutAt = null;

    public void WriteIn(string language) => Language = language;
}
