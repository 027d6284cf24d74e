namespace OpenGov.Core.ActionPlans;

/// <summary>
/// What an organisation does for a plan besides leading it. OGP asks every plan to name an
/// independent monitoring body; a facilitator runs part of the co-creation.
/// </summary>
public enum PlanRoleKind
{
    /// <summary>The independent monitoring body (Pastaza: Fundación Ciudadanía y Desarrollo); never a lead institution of the same plan.</summary>
    IndependentMonitor = 1,

    /// <summary>Facilitated a stage of the co-creation (Pastaza: FCD, the sensitisation stage of the workshops).</summary>
    CoCreationFacilitator = 2,
}
