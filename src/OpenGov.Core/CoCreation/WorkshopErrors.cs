using OpenGov.Core.Common;

namespace OpenGov.Core.CoCreation;

/// <summary>The rules of a <see cref="Workshop"/> and its <see cref="Attendance"/>, as translatable errors (ADR-028).</summary>
public static class WorkshopErrors
{
    public static DomainError AttendanceFromParticipants { get; } = new("workshop.attendance.from-participants",
        "Este taller tiene participantes con nombre: la asistencia se calcula a partir de ellos.");

    public static DomainError ParticipantNameRequired { get; } = new("workshop.participant.name-required",
        "Indique el nombre del participante.");

    public static DomainError AttendanceNegative { get; } = new("workshop.attendance.negative",
        "Las cifras de asistencia no pueden ser negativas.");

    public static DomainError AttendanceMismatch(int men, int women, int total, int sectorTotal) => new("workshop.attendance.mismatch",
        "Las cifras no cuadran: {0} hombres y {1} mujeres suman {2} personas, pero los sectores suman {3}.", men, women, total, sectorTotal);
}
