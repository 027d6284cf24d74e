using OpenGov.Core.ActionPlans;
using OpenGov.Core.Jurisdictions;
using OpenGov.Web.Data.Facts;

namespace OpenGov.Web.Features.Jurisdictions;

/// <summary>
/// A jurisdiction with its active plan (if any) and that plan's stored roll-up with its coverage (null: no plan).
/// </summary>
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
    PlanFigures? Progress);
