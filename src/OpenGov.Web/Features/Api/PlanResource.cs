using OpenGov.Core.ActionPlans;

namespace OpenGov.Web.Features.Api;

/// <summary>
/// An action plan with its overall progress, the figures of its public page and of the open-data file:
/// reported and verified percentages (null without data) and how many commitments they rest on.
/// </summary>
public sealed record PlanResource(
    int Id,
    int JurisdictionId,
    string Jurisdiction,
    int Number,
    string Title,
    PlanStatus Status,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    DateOnly? SubmittedOn,
    string? Summary,
    decimal? ReportedProgress,
    decimal? VerifiedProgress,
    int CommitmentsWithData,
    int Commitments,
    bool IsIllustrative,
    DateOnly FiguresAsOf,
    ApiLinks Links);
