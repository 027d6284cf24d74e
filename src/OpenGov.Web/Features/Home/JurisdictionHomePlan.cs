using OpenGov.Core.ActionPlans;
using OpenGov.Web.Features.Shared;

namespace OpenGov.Web.Features.Home;

/// <summary>The active plan as the home page shows it.</summary>
public sealed record JurisdictionHomePlan(
    int Number,
    string Title,
    PlanStatus Status,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    string? Summary,
    ProgressPairModel Progress);
