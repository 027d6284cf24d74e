using OpenGov.Core.Common;

namespace OpenGov.Core.ActionPlans;

/// <summary>An organisation that endorsed (signed up to) an action plan.</summary>
public class Endorsement : Entity
{
    public int ActionPlanId { get; set; }
    public required string Organization { get; set; }
    public DateOnly? EndorsedOn { get; set; }
}
