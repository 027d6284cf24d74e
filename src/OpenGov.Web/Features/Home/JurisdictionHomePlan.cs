using OpenGov.Core.ActionPlans;
using OpenGov.Core.Commitments;
using OpenGov.Web.Features.Shared;

namespace OpenGov.Web.Features.Home;

/// <summary>
/// The active plan as the home page shows it (ADR-037): the progress bars without their formulas, the
/// commitments they rest on (<paramref name="Coverage"/>; <paramref name="VerifiedCommitments"/> of them with
/// something verified) and how many milestones are on time, late and done (<paramref name="Schedule"/>).
/// </summary>
public sealed record JurisdictionHomePlan(
    int Number,
    string Title,
    PlanStatus Status,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    LocalizedContent Summary,
    ProgressPairModel Progress,
    RollupCoverage Coverage,
    int VerifiedCommitments,
    ScheduleTally Schedule);
