using OpenGov.Core.Common;

namespace OpenGov.Core.Commitments;

/// <summary>The rules a <see cref="Commitment"/> refuses to break, as translatable errors (ADR-028).</summary>
public static class CommitmentErrors
{
    public static DomainError MilestoneTitleRequired { get; } = new("commitment.milestone.title-required",
        "El título del hito es obligatorio.");

    public static DomainError MilestoneEndBeforeStart { get; } = new("commitment.milestone.end-before-start",
        "La fecha de fin del hito no puede ser anterior a la de inicio.");

    public static DomainError MilestoneWeightNotPositive { get; } = new("commitment.milestone.weight-not-positive",
        "El peso de un hito debe ser positivo.");

    public static DomainError LeadAndSupporting { get; } = new("commitment.institution.lead-and-supporting",
        "Una institución no puede ser líder y de apoyo del mismo compromiso.");
}
