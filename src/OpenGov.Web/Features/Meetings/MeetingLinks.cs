namespace OpenGov.Web.Features.Meetings;

/// <summary>
/// Only web addresses become links: a "javascript:" or "data:" meeting link is shown as plain text,
/// since the Markdown sanitizer does not see this field.
/// </summary>
public static class MeetingLinks
{
    public static bool IsSafeWebAddress(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
