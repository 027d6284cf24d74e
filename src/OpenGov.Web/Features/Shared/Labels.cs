using OpenGov.Core.ActionPlans;
using OpenGov.Core.Commitments;
using OpenGov.Core.Jurisdictions;

namespace OpenGov.Web.Features.Shared;

/// <summary>
/// The Spanish words for enum values. They are keys of the shared resource, so views show them
/// through the localizer: <c>T[Labels.Of(status)]</c>.
/// </summary>
public static class Labels
{
    public static string Of(MilestoneStatus status) => Of(Tag(status));

    public static string Of(StatusTagKind kind) => kind switch
    {
        StatusTagKind.NotStarted => "No iniciado",
        StatusTagKind.InProgress => "En curso",
        StatusTagKind.Completed => "Completado",
        StatusTagKind.Cancelled => "Cancelado",
        StatusTagKind.Delayed => "Retrasado",
        StatusTagKind.AtRisk => "En riesgo",
        StatusTagKind.Overdue => "Vencido",
        StatusTagKind.Verified => "Verificado",
        StatusTagKind.NeedsEvidence => "Requiere evidencia",
        StatusTagKind.Disputed => "Disputado",
        StatusTagKind.PendingVerification => "Pendiente de verificación",
        StatusTagKind.Undated => "Sin fecha",
        _ => kind.ToString(),
    };

    public static string Of(VerificationVerdict verdict) => Of(Tag(verdict));

    public static StatusTagKind Tag(VerificationVerdict verdict) => verdict switch
    {
        VerificationVerdict.Verified => StatusTagKind.Verified,
        VerificationVerdict.NeedsEvidence => StatusTagKind.NeedsEvidence,
        _ => StatusTagKind.Disputed,
    };

    public static string Of(PlanRoleKind kind) => kind switch
    {
        PlanRoleKind.IndependentMonitor => "Monitor independiente",
        PlanRoleKind.CoCreationFacilitator => "Facilitación de la cocreación",
        _ => kind.ToString(),
    };

    public static StatusTagKind Tag(VerificationState state) => state switch
    {
        VerificationState.Verified => StatusTagKind.Verified,
        VerificationState.NeedsEvidence => StatusTagKind.NeedsEvidence,
        VerificationState.Disputed => StatusTagKind.Disputed,
        _ => StatusTagKind.PendingVerification,
    };

    public static StatusTagKind? Tag(VerificationState? state) => state is { } s ? Tag(s) : null;

    public static string Of(PlanStatus status) => status switch
    {
        PlanStatus.CoCreation => "En cocreación",
        PlanStatus.Submitted => "Presentado",
        PlanStatus.Implementation => "En implementación",
        PlanStatus.Closed => "Cerrado",
        _ => status.ToString(),
    };

    public static string Of(JurisdictionLevel level) => level switch
    {
        JurisdictionLevel.National => "Nacional",
        JurisdictionLevel.Provincial => "Provincial",
        JurisdictionLevel.Municipal => "Municipal",
        _ => level.ToString(),
    };

    public static string Of(InstitutionKind kind) => kind switch
    {
        InstitutionKind.Government => "Gobierno",
        InstitutionKind.CivilSociety => "Sociedad civil",
        InstitutionKind.Academia => "Academia",
        InstitutionKind.Private => "Sector privado",
        InstitutionKind.InternationalCooperation => "Cooperación internacional",
        InstitutionKind.Community => "Comunidad",
        InstitutionKind.Ngo => "ONG",
        _ => kind.ToString(),
    };

    /// <summary>The Spanish names of the OGP values a commitment serves, in the template's order.</summary>
    public static IReadOnlyList<string> Of(OgpValues values)
    {
        var names = new List<string>();
        if (values.HasFlag(OgpValues.AccessToInformation)) names.Add("Acceso a la información");
        if (values.HasFlag(OgpValues.CivicParticipation)) names.Add("Participación ciudadana");
        if (values.HasFlag(OgpValues.PublicAccountability)) names.Add("Rendición de cuentas");
        if (values.HasFlag(OgpValues.TechnologyAndInnovation)) names.Add("Tecnología e innovación");
        if (values.HasFlag(OgpValues.Inclusion)) names.Add("Inclusión");
        return names;
    }

    public static StatusTagKind Tag(MilestoneStatus status) => status switch
    {
        MilestoneStatus.InProgress => StatusTagKind.InProgress,
        MilestoneStatus.Completed => StatusTagKind.Completed,
        MilestoneStatus.Cancelled => StatusTagKind.Cancelled,
        _ => StatusTagKind.NotStarted,
    };

    /// <summary>The schedule word to show beside the status, if any; the most urgent one wins.</summary>
    public static StatusTagKind? Tag(ScheduleState schedule) =>
        schedule.IsOverdue ? StatusTagKind.Overdue
        : schedule.IsAtRisk ? StatusTagKind.AtRisk
        : schedule.IsDelayed ? StatusTagKind.Delayed
        : schedule.IsUndated ? StatusTagKind.Undated
        : null;
}
