using OpenGov.Core.CoCreation;

namespace OpenGov.Web.Features.CoCreation;

/// <summary>A plan's co-creation in figures: workshops, attendance summed over them, and the funnel.</summary>
public sealed record CoCreationSummary(int WorkshopCount, Attendance Attendance, Funnel Funnel)
{
    /// <summary>The plan's own answer to "how many groups participated?" (null: not given); not computed from the workshops.</summary>
    public int? GroupCount { get; init; }

    /// <summary>The plan's own answer to "how many public-facing meetings were held?" (null: not given).</summary>
    public int? PublicMeetingCount { get; init; }

    public bool IsEmpty => WorkshopCount == 0 && Funnel.IsEmpty;
}
