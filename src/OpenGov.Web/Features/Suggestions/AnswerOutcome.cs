namespace OpenGov.Web.Features.Suggestions;

/// <summary>What became of an answer: <paramref name="SentTo"/> is the address it was queued to, null when the person left none.</summary>
public sealed record AnswerOutcome(string? SentTo);
