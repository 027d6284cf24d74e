namespace OpenGov.Web.Features.Follows;

/// <summary>A page about one follow: the form (with errors), the confirm button or the unsubscribe button.</summary>
public sealed record FollowPageViewModel(FollowTarget Target, FollowForm Form, string? Token = null);
