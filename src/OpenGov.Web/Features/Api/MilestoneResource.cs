using OpenGov.Core.Commitments;

namespace OpenGov.Web.Features.Api;

/// <summary>
/// A milestone with its dates (baseline as approved, current after re-planning, actual completion), its
/// weight, its reported and verified progress and its schedule state on the day given (<c>figures_as_of</c>).
/// </summary>
public sealed record MilestoneResource(
    int Id,
    int CommitmentId,
    string CommitmentCode,
    int ActionPlanId,
    int Order,
    string Title,
    string? ExpectedOutput,
    string? MeansOfVerification,
    string ResponsibleInstitution,
    DateOnly? BaselineStart,
    DateOnly? BaselineEnd,
    DateOnly? CurrentStart,
    DateOnly? CurrentEnd,
    DateOnly? ActualCompletion,
    bool DatesAssumed,
    decimal? Weight,
    int ReportedProgress,
    MilestoneStatus Status,
    int? VerifiedProgress,
    VerificationState? VerificationState,
    string ScheduleState,
    int? SlippageDays,
    DateOnly FiguresAsOf,
    bool IsIllustrative,
    ApiLinks Links);
