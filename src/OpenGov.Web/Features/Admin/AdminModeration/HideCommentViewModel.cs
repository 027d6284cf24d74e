namespace OpenGov.Web.Features.Admin.AdminModeration;

public sealed record HideCommentViewModel(ModerationItem Comment, HideCommentForm Form);
