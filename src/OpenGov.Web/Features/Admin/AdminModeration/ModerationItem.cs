using OpenGov.Web.Features.Comments;

namespace OpenGov.Web.Features.Admin.AdminModeration;

/// <summary>A comment in the moderation queue: moderators see the text even when it is hidden.</summary>
public sealed record ModerationItem(
    int Id,
    CommentTarget Target,
    string AuthorName,
    string Text,
    DateTime CreatedAt,
    bool IsOfficialReply,
    bool IsHidden,
    string? HiddenReason,
    int ReportCount,
    DateTime? LastReportedAt);
