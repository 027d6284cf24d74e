using OpenGov.Core.CoCreation;

namespace OpenGov.Web.Features.CoCreation;

/// <summary>A row of the public proposals ledger, with the answer it got and where it went.</summary>
public sealed record ProposalPublicItem(
    int Id, ProposalSource Source, string? WorkshopTitle, string Text, string? Problem, string? Organization, string? ThematicAxis,
    ProposalStage Stage, string? Reason, int? MergedIntoProposalId, string? CommitmentCode, string? CommitmentTitle);
