using OpenGov.Web.Features.Shared;

namespace OpenGov.Web.Features.Search;

/// <summary>
/// One result as the page shows it. <see cref="Title"/> and <see cref="Snippet"/> carry the highlight
/// markers of <see cref="Highlight"/> and are only written through <see cref="Highlight.ToHtml"/>.
/// <see cref="Context"/> is a code or acronym; <see cref="Status"/> and <see cref="StatusLabel"/> are
/// the milestone or reported status (a tag) or the proposal's stage (a word), Spanish keys.
/// </summary>
public sealed record SearchResultItem(
    SearchKind Kind, string Href, string Title, string? Snippet, string BrandName, string? Context,
    StatusTagKind? Status, string? StatusLabel, DateOnly? Date);
