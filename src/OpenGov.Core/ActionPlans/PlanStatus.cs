namespace OpenGov.Core.ActionPlans;

public enum PlanStatus
{
    CoCreation,
    Submitted,
    Implementation,
    Closed,
}
