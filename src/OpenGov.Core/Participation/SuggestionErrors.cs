using OpenGov.Core.Common;

namespace OpenGov.Core.Participation;

/// <summary>The rules a <see cref="Suggestion"/> refuses to break, as translatable errors (ADR-028).</summary>
public static class SuggestionErrors
{
    public static DomainError TextRequired { get; } = new("suggestion.text-required",
        "Escriba su sugerencia.");

    public static DomainError TextTooLong(int maxLength) => new("suggestion.text-too-long",
        "La sugerencia no puede tener más de {0} caracteres.", maxLength);

    public static DomainError RatingOutOfRange { get; } = new("suggestion.rating-out-of-range",
        "La valoración va de 1 a 5.");

    public static DomainError Closed { get; } = new("suggestion.closed",
        "La sugerencia está cerrada.");

    public static DomainError AnswerRequired { get; } = new("suggestion.answer-required",
        "Escriba la respuesta.");

    public static DomainError AnswerTooLong(int maxLength) => new("suggestion.answer-too-long",
        "La respuesta no puede tener más de {0} caracteres.", maxLength);
}
