using OpenGov.Core.Participation;

namespace OpenGov.Web.Features.Suggestions;

public sealed record SuggestionListItem(int Id, string? Jurisdiction, SuggestionTopic Topic, string Text, int? Rating, bool HasContact, DateTime CreatedAt, SuggestionStatus Status);
