namespace OpenGov.Web.Infrastructure.Email;

/// <summary>
/// A plain-text e-mail to one recipient. <paramref name="FromName"/> is the sender's display name (the
/// jurisdiction's brand, e.g. "Conecta Pastaza"; the configured one when null). <paramref name="ListUnsubscribe"/>
/// is the one-click unsubscribe URL of a notification (RFC 8058), null for mail nobody subscribed to.
/// </summary>
public sealed record EmailMessage(string To, string Subject, string Body, string? FromName = null, string? ListUnsubscribe = null);
