using OpenGov.Core.CoCreation;

namespace OpenGov.Web.Features.CoCreation;

/// <summary>The Spanish words (resource keys) for the co-creation enums.</summary>
public static class CoCreationLabels
{
    public static readonly IReadOnlyList<Sector> Sectors = Enum.GetValues<Sector>();

    public static string Of(Sector sector) => sector switch
    {
        Sector.CivilSociety => "Sociedad civil",
        Sector.Community => "Comunidad",
        Sector.Ngo => "Organización no gubernamental",
        Sector.Associative => "Asociativo",
        Sector.Private => "Privado",
        Sector.Academia => "Academia",
        _ => "Sector público",
    };

    public static string Of(Gender gender) => gender == Gender.Man ? "Hombre" : "Mujer";

    public static string Of(ProposalStage stage) => stage switch
    {
        ProposalStage.Received => "Recibida",
        ProposalStage.Grouped => "Agrupada",
        ProposalStage.Evaluated => "Evaluada",
        ProposalStage.Selected => "Seleccionada",
        ProposalStage.Merged => "Fusionada",
        _ => "Descartada",
    };

    public static string Of(ProposalSource source) => source switch
    {
        ProposalSource.Workshop => "Taller",
        ProposalSource.OnlineForm => "Formulario en línea",
        _ => "Reunión",
    };

    public static string Of(MethodologyStages stage) => stage switch
    {
        MethodologyStages.Sensitization => "Sensibilización",
        MethodologyStages.Presentation => "Presentación",
        MethodologyStages.Analysis => "Análisis",
        MethodologyStages.Proposals => "Propuestas",
        _ => stage.ToString(),
    };

    public static IEnumerable<MethodologyStages> StagesIn(MethodologyStages stages) =>
        new[] { MethodologyStages.Sensitization, MethodologyStages.Presentation, MethodologyStages.Analysis, MethodologyStages.Proposals }
            .Where(s => stages.HasFlag(s));
}
