using OpenGov.Core.ActionPlans;

namespace OpenGov.Web.Features.ActionPlans;

/// <summary>A role an organisation plays in the plan other than leading it (independent monitor, facilitator).</summary>
public sealed record PlanRoleItem(string Institution, PlanRoleKind Kind, string? Detail);
