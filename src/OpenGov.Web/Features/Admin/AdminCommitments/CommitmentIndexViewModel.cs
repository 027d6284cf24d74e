using OpenGov.Web.Infrastructure.Paging;

namespace OpenGov.Web.Features.Admin.AdminCommitments;

public sealed record CommitmentIndexViewModel(PagedList<CommitmentListItem> Commitments, string? Query, int? PlanId, IReadOnlyList<AdminOption> Plans);
