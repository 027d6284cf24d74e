using OpenGov.Core.Participation;

namespace OpenGov.Web.Features.Suggestions;

/// <summary>The Spanish words (localizer keys) for topics and statuses.</summary>
public static class SuggestionLabels
{
    public static string Of(SuggestionTopic topic) => topic switch
    {
        SuggestionTopic.Commitments => "Los compromisos y su avance",
        SuggestionTopic.Portal => "El portal",
        SuggestionTopic.Participation => "La participación ciudadana",
        _ => "Otro tema",
    };

    public static string Of(SuggestionStatus status) => status switch
    {
        SuggestionStatus.New => "Nueva",
        SuggestionStatus.Answered => "Respondida",
        _ => "Cerrada",
    };
}
