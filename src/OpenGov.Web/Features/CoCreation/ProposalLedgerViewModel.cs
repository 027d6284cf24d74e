using OpenGov.Core.CoCreation;
using OpenGov.Web.Features.Admin;
using OpenGov.Web.Infrastructure.Paging;

namespace OpenGov.Web.Features.CoCreation;

/// <summary>The public proposals ledger with its filters.</summary>
public sealed record ProposalLedgerViewModel(
    PlanHeader Plan, PagedList<ProposalPublicItem> Proposals, ProposalStage? Stage, string? Axis, int? WorkshopId,
    IReadOnlyList<string> Axes, IReadOnlyList<AdminOption> Workshops, BarChartModel? FunnelChart);
