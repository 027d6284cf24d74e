using OpenGov.Core.Common;

namespace OpenGov.Core.Monitoring;

/// <summary>The rules a <see cref="MonitoringReport"/> and its <see cref="CommitmentAssessment"/>s refuse to break (ADR-028).</summary>
public static class MonitoringReportErrors
{
    public static DomainError EndBeforeStart { get; } = new("report.period.end-before-start",
        "El fin del periodo no puede ser anterior a su inicio.");

    public static DomainError Incomplete { get; } = new("report.fields-required",
        "El informe necesita título, resumen y organización monitora.");

    public static DomainError CommitmentNotAssessed(string commitmentCode) => new("report.publish.commitment-not-assessed",
        "Falta evaluar el compromiso {0}: el informe no se puede publicar sin evaluar cada compromiso.", commitmentCode);

    /// <summary>The codes arrive already joined ("PZ-01, PZ-02"): they are identifiers, the same in every language.</summary>
    public static DomainError CommitmentsNotAssessed(string commitmentCodes) => new("report.publish.commitments-not-assessed",
        "Faltan evaluar los compromisos {0}: el informe no se puede publicar sin evaluar cada compromiso.", commitmentCodes);

    public static DomainError CorrectionOfDraft { get; } = new("report.correction.of-draft",
        "Solo se corrige un informe publicado; un borrador se edita directamente.");

    public static DomainError PublishedIsImmutable { get; } = new("report.published-immutable",
        "Un informe publicado no se modifica: publique una corrección que lo sustituya.");

    public static DomainError AssessmentNarrativeRequired { get; } = new("report.assessment.narrative-required",
        "Escriba la valoración narrativa de cada compromiso evaluado.");

    public static DomainError AssessmentValuesRequired { get; } = new("report.assessment.values-required",
        "Indique al menos un valor de gobierno abierto al que sirve el compromiso relevante.");
}
