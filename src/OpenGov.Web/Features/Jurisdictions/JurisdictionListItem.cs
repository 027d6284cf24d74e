using OpenGov.Core.ActionPlans;
using OpenGov.Core.Jurisdictions;

namespace OpenGov.Web.Features.Jurisdictions;

/// <summary>A jurisdiction with its active plan (if any) and that plan's overall progress.</summary>
public sealed record JurisdictionListItem(
    string Slug,
    string Name,
    string BrandName,
    JurisdictionLevel Level,
    string Country,
    int? OgpMemberSince,
    int? PlanNumber,
    string? PlanTitle,
    PlanStatus? PlanStatus,
    DateOnly? PeriodStart,
    DateOnly? PeriodEnd,
    decimal? Progress);
