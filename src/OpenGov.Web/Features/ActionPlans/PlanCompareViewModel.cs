namespace OpenGov.Web.Features.ActionPlans;

/// <summary>
/// The "compare two days" page of a plan: the form's values as typed (so a wrong one is shown back with
/// its message) and, when both days are valid, what moved between them.
/// </summary>
public sealed record PlanCompareViewModel(
    string Slug,
    string JurisdictionName,
    bool IsDefaultJurisdiction,
    int Number,
    string Title,
    string SteeringBody,
    PlanCompareForm Form,
    PlanComparison? Comparison);
