using OpenGov.Core.CoCreation;
using OpenGov.Web.Infrastructure.Paging;

namespace OpenGov.Web.Features.Admin.AdminProposals;

public sealed record ProposalIndexViewModel(
    PagedList<ProposalListItem> Proposals, string? Query, int? PlanId, ProposalStage? Stage, IReadOnlyList<AdminOption> Plans);
