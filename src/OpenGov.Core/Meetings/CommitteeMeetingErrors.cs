using OpenGov.Core.Common;

namespace OpenGov.Core.Meetings;

/// <summary>The rules a <see cref="CommitteeMeeting"/> refuses to break, as translatable errors (ADR-028).</summary>
public static class CommitteeMeetingErrors
{
    public static DomainError TitleRequired { get; } = new("meeting.title-required",
        "Escriba el título de la reunión.");

    public static DomainError AttendeesNegative { get; } = new("meeting.attendees-negative",
        "El número de asistentes no puede ser negativo.");

    public static DomainError AlreadyPublic { get; } = new("meeting.already-public",
        "Esta reunión ya es pública.");

    public static DomainError MinutesAlreadyPublished { get; } = new("meeting.minutes.already-published",
        "El acta de esta reunión ya está publicada; para corregirla, añada una adenda.");

    public static DomainError MinutesRequired { get; } = new("meeting.minutes.required",
        "Escriba el acta antes de publicarla.");

    public static DomainError MinutesOfFutureMeeting { get; } = new("meeting.minutes.future-meeting",
        "No se puede publicar el acta de una reunión que aún no se ha celebrado.");

    public static DomainError AddendumBeforePublication { get; } = new("meeting.addendum.minutes-unpublished",
        "Solo se añaden adendas a un acta publicada; mientras tanto, edite el acta.");

    public static DomainError AddendumTextRequired { get; } = new("meeting.addendum.text-required",
        "Escriba el texto de la adenda.");

    public static DomainError PublishedMinutesImmutable { get; } = new("meeting.minutes.published-immutable",
        "El acta publicada no se puede modificar; añada una adenda.");
}
