namespace OpenGov.Web.Features.Comments;

/// <summary>One comment as the public sees it: <see cref="Text"/> is null when hidden, and the reason shows instead.</summary>
public sealed record CommentItem(
    int Id,
    int? ParentId,
    string AuthorName,
    string? Text,
    DateTime CreatedAt,
    bool IsOfficialReply,
    string? InstitutionName,
    bool IsHidden,
    string? HiddenReason);
