namespace OpenGov.Web.Features.Admin.AdminModeration;

public sealed record ModerationIndexViewModel(IReadOnlyList<ModerationItem> Reported, IReadOnlyList<ModerationItem> Recent);
