namespace OpenGov.Web.Features.Comments;

/// <summary>A citizen's comment and the official replies to it, oldest reply first.</summary>
public sealed record CommentThread(CommentItem Comment, IReadOnlyList<CommentItem> Replies);
