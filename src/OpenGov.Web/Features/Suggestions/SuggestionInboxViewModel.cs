using OpenGov.Core.Participation;

namespace OpenGov.Web.Features.Suggestions;

public sealed record SuggestionInboxViewModel(IReadOnlyList<SuggestionListItem> Items, SuggestionStatus? Status, int Total);
