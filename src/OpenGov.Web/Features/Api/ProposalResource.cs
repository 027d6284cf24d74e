using OpenGov.Core.CoCreation;

namespace OpenGov.Web.Features.Api;

/// <summary>A citizen proposal of the co-creation ledger: where it came from, how far it went and why.</summary>
public sealed record ProposalResource(
    int Id,
    int ActionPlanId,
    ProposalSource Source,
    int? WorkshopId,
    string Text,
    string? Problem,
    string? Organization,
    string? ThematicAxis,
    ProposalStage Stage,
    ProposalStage ReachedStage,
    string? Reason,
    int? MergedIntoProposalId,
    int? CommitmentId,
    ApiLinks Links);
