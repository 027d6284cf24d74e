using OpenGov.Web.Infrastructure.Paging;

namespace OpenGov.Web.Features.Admin.AdminMilestones;

/// <summary>The milestone list; <paramref name="Commitment"/> names the commitment it is filtered by, if any.</summary>
public sealed record MilestoneIndexViewModel(PagedList<MilestoneListItem> Milestones, string? Query, int? CommitmentId, string? Commitment);
