using OpenGov.Core.Commitments;
using OpenGov.Web.Features.Commitments;
using OpenGov.Web.Features.Shared;

namespace OpenGov.Web.Features.ActionPlans;

/// <summary>
/// A plan's commitments with their progress, its milestones, and the plan's own roll-ups with their coverage.
/// <paramref name="IsIllustrative"/>: some of the figures come from illustrative (demo) commitments.
/// <paramref name="Schedule"/>: how the plan's milestones stand against their dates on the day the figures are for.
/// </summary>
public sealed record PlanProgressData(
    IReadOnlyList<CommitmentListItem> Commitments, IReadOnlyList<MilestoneRow> Milestones, PlanProgress Progress, bool IsIllustrative, ScheduleTally Schedule);
