using OpenGov.Core.Common;
using OpenGov.Core.Jurisdictions;

namespace OpenGov.Core.ActionPlans;

/// <summary>One role an organisation plays in a plan other than leading it; <see cref="Detail"/> says where (e.g. which stage).</summary>
public class PlanRole : Entity
{
    public int ActionPlanId { get; set; }
    public int InstitutionId { get; set; }
    public Institution? Institution { get; set; }
    public PlanRoleKind Kind { get; set; }
    public string? Detail { get; set; }
}
