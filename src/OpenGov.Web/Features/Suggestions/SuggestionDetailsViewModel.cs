using OpenGov.Core.Participation;

namespace OpenGov.Web.Features.Suggestions;

/// <summary>One suggestion in the back office, with its contact address (never shown publicly) and the answer form.</summary>
public sealed record SuggestionDetailsViewModel(
    int Id,
    string? Jurisdiction,
    SuggestionTopic Topic,
    string Text,
    int? Rating,
    string? ContactEmail,
    DateTime CreatedAt,
    SuggestionStatus Status,
    string? Answer,
    DateTime? AnsweredAt,
    SuggestionAnswerForm Form);
