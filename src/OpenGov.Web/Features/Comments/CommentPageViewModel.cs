namespace OpenGov.Web.Features.Comments;

/// <summary>The comment (or reply) form on a page of its own, shown again with its errors.</summary>
public sealed record CommentPageViewModel(CommentTarget Target, CommentForm Form, string Action, CommentItem? Parent = null);
