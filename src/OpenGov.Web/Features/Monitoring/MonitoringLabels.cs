using OpenGov.Core.Monitoring;

namespace OpenGov.Web.Features.Monitoring;

/// <summary>The Spanish words of the IRM scales and report kinds; keys of the shared resource (<c>T[MonitoringLabels.Of(x)]</c>).</summary>
public static class MonitoringLabels
{
    public static string Of(ReportKind kind) => kind switch
    {
        ReportKind.Quarterly => "Trimestral",
        ReportKind.Annual => "Anual",
        ReportKind.Audit => "Auditoría",
        _ => "Final",
    };

    public static string Of(Verifiability value) => value == Verifiability.Verifiable ? "Verificable" : "No verificable";

    public static string Of(PotentialForResults value) => value switch
    {
        PotentialForResults.Unclear => "Poco claro",
        PotentialForResults.Modest => "Modesto",
        _ => "Sustancial",
    };

    public static string Of(CompletionLevel value) => value switch
    {
        CompletionLevel.NoEvidenceAvailable => "Sin evidencia disponible",
        CompletionLevel.NotStarted => "No iniciado",
        CompletionLevel.Limited => "Limitado",
        CompletionLevel.Substantial => "Sustancial",
        _ => "Completo",
    };

    public static string Of(OpenGovernmentResult? value) => value switch
    {
        null => "Aún no se puede valorar",
        OpenGovernmentResult.Worsened => "Empeoró",
        OpenGovernmentResult.DidNotChange => "No cambió",
        OpenGovernmentResult.Marginal => "Marginal",
        OpenGovernmentResult.Major => "Significativo",
        _ => "Sobresaliente",
    };
}
