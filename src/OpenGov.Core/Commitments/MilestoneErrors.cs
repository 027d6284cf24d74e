using OpenGov.Core.Common;

namespace OpenGov.Core.Commitments;

/// <summary>The rules a <see cref="Milestone"/> refuses to break, as translatable errors (ADR-028).</summary>
public static class MilestoneErrors
{
    public static DomainError BaselineFrozen { get; } = new("milestone.baseline.frozen",
        "Las fechas de línea base no cambian una vez que el plan está en implementación.");

    public static DomainError ReasonRequired { get; } = new("milestone.replan.reason-required",
        "Indique el motivo del cambio de fechas.");

    public static DomainError ReasonTooLong(int maxLength) => new("milestone.replan.reason-too-long",
        "El motivo no puede superar {0} caracteres.", maxLength);

    /// <summary>Belongs to the confirmation box both re-plan forms show.</summary>
    public static DomainError BeyondPlanEnd { get; } = new("milestone.replan.beyond-plan-end",
        "La nueva fecha de fin es posterior al fin del plan de acción. Si el hito de verdad terminará fuera del periodo del plan, marque la confirmación y explique en el motivo por qué.")
    {
        Field = "ConfirmBeyondPlanEnd",
    };

    public static DomainError Cancelled { get; } = new("milestone.progress.cancelled",
        "Este hito está cancelado: ya no admite reportes de avance.");

    public static DomainError ProgressOutOfRange { get; } = new("milestone.progress.out-of-range",
        "El avance debe estar entre 0 y 100 %.");

    public static DomainError NarrativeRequired { get; } = new("milestone.progress.narrative-required",
        "Describa el avance en la narrativa.");

    public static DomainError CompletedBelowFullProgress { get; } = new("milestone.progress.completed-below-100",
        "Un hito completado debe tener un avance del 100 %.");

    public static DomainError CompletedWithoutEvidence { get; } = new("milestone.progress.completed-without-evidence",
        "Para marcar el hito como completado adjunte al menos una evidencia.");

    public static DomainError NotStartedWithProgress { get; } = new("milestone.progress.not-started-with-progress",
        "Un hito no iniciado no puede tener avance.");

    public static DomainError EndBeforeStart { get; } = new("milestone.dates.end-before-start",
        "La fecha de fin no puede ser anterior a la de inicio.");
}
