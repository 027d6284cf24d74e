using OpenGov.Core.CoCreation;

namespace OpenGov.Web.Features.Admin.AdminProposals;

public sealed record ProposalListItem(int Id, string Text, string Plan, ProposalSource Source, ProposalStage Stage, string? Organization);
