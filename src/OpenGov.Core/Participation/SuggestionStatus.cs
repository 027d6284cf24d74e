namespace OpenGov.Core.Participation;

public enum SuggestionStatus
{
    New,
    Answered,
    Closed,
}
