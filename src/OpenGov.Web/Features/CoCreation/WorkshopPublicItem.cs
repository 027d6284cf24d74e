using OpenGov.Core.CoCreation;

namespace OpenGov.Web.Features.CoCreation;

/// <summary>A workshop on the public page; <see cref="NamedParticipants"/> holds only those who consented.</summary>
public sealed record WorkshopPublicItem(
    string Title, string? ThematicAxis, DateOnly HeldOn, DateOnly? HeldUntil, string? Place, MethodologyStages Stages,
    string? Facilitators, Attendance Attendance, IReadOnlyList<string> NamedParticipants, bool DayNotStated = false);
