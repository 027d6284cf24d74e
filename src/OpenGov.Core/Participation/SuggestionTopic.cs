namespace OpenGov.Core.Participation;

/// <summary>What a suggestion is about, so the committee can route it.</summary>
public enum SuggestionTopic
{
    Commitments,
    Portal,
    Participation,
    Other,
}
