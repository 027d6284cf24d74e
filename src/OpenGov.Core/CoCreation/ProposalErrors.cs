using OpenGov.Core.Common;

namespace OpenGov.Core.CoCreation;

/// <summary>The rules a <see cref="Proposal"/> and a <see cref="ProposalStageCount"/> refuse to break (ADR-028).</summary>
public static class ProposalErrors
{
    public static DomainError ReasonRequired { get; } = new("proposal.reason-required",
        "Indique el motivo: toda propuesta fusionada o descartada debe explicar por qué.");

    public static DomainError MergedIntoRequired { get; } = new("proposal.merged-into-required",
        "Indique la propuesta con la que se fusionó.");

    public static DomainError MergedIntoItself { get; } = new("proposal.merged-into-itself",
        "Una propuesta no puede fusionarse consigo misma.");

    public static DomainError MergedIntoWithoutMerge { get; } = new("proposal.merged-into-without-merge",
        "Solo una propuesta fusionada indica la propuesta con la que se fusionó.");

    public static DomainError NotSelected { get; } = new("proposal.not-selected",
        "Solo una propuesta seleccionada puede convertirse en compromiso.");

    public static DomainError StageLabelRequired { get; } = new("proposal.stage-count.label-required",
        "Indique el nombre de la etapa.");

    public static DomainError StageCountNegative { get; } = new("proposal.stage-count.negative",
        "El número de propuestas no puede ser negativo.");
}
