using OpenGov.Web.Features.Commitments;

namespace OpenGov.Web.Features.ActionPlans;

/// <summary>The commitments of one thematic axis; <paramref name="Axis"/> is null for those without one.</summary>
public sealed record CommitmentAxisGroup(string? Axis, IReadOnlyList<CommitmentListItem> Commitments);
