using OpenGov.Core.CoCreation;

namespace OpenGov.Web.Features.CoCreation;

/// <summary>A plan's co-creation in figures: workshops, attendance summed over them, and the funnel.</summary>
public sealed record CoCreationSummary(int WorkshopCount, Attendance Attendance, Funnel Funnel)
{
    public bool IsEmpty => WorkshopCount == 0 && Funnel.IsEmpty;
}
