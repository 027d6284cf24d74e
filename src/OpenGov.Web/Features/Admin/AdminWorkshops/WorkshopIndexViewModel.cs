using OpenGov.Web.Infrastructure.Paging;

namespace OpenGov.Web.Features.Admin.AdminWorkshops;

/// <summary>The workshops list: one page of workshops, the plan filter and the plans to choose from.</summary>
public sealed record WorkshopIndexViewModel(PagedList<WorkshopListItem> Workshops, int? PlanId, IReadOnlyList<AdminOption> Plans);
