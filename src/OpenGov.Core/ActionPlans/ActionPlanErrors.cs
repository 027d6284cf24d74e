using OpenGov.Core.Common;

namespace OpenGov.Core.ActionPlans;

/// <summary>The rules an <see cref="ActionPlan"/> refuses to break, as translatable errors (ADR-028).</summary>
public static class ActionPlanErrors
{
    public static DomainError EndorserRequired { get; } = new("plan.endorsement.organization-required",
        "La organización que respalda el plan es obligatoria.");

    public static DomainError MonitorIsLead { get; } = new("plan.monitor-is-lead",
        "El monitor independiente del plan no puede ser a la vez una de sus instituciones líderes.");

    public static DomainError StatusBackwards { get; } = new("plan.status.backwards",
        "Un plan de acción no puede volver a una etapa anterior.");

    public static DomainError EndBeforeStart { get; } = new("plan.period.end-before-start",
        "El fin del periodo del plan no puede ser anterior a su inicio.");
}
