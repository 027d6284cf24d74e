using OpenGov.Core.Commitments;
using OpenGov.Web.Features.Commitments;
using OpenGov.Web.Features.Shared;

namespace OpenGov.Web.Features.ActionPlans;

/// <summary>A plan's commitments with their progress, its milestones, and the plan's own roll-ups (reported and verified).</summary>
public sealed record PlanProgressData(IReadOnlyList<CommitmentListItem> Commitments, IReadOnlyList<MilestoneRow> Milestones, Rollup Rollup, Rollup VerifiedRollup);
