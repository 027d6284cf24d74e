using OpenGov.Core.ActionPlans;
using OpenGov.Core.Commitments;
using OpenGov.Core.Jurisdictions;

namespace OpenGov.Web.Features.Jurisdictions;

/// <summary>
/// A jurisdiction with its active plan (if any) and that plan's overall progress with its coverage (null: no
/// commitments); <paramref name="IsIllustrative"/>: the figure comes from illustrative (demo) commitments.
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
    PlanProgress? Progress,
    bool IsIllustrative);
