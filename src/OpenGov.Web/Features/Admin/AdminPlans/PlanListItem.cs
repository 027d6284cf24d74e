using OpenGov.Core.ActionPlans;

namespace OpenGov.Web.Features.Admin.AdminPlans;

public sealed record PlanListItem(
    int Id, string Title, string Jurisdiction, int Number, DateOnly PeriodStart, DateOnly PeriodEnd, PlanStatus Status, int CommitmentCount);
