using OpenGov.Web.Features.Shared;

namespace OpenGov.Web.Features.Home;

/// <summary>A short list of milestones (due soon, overdue) linking to their pages.</summary>
public sealed record MilestoneListModel(string Slug, int PlanNumber, IReadOnlyList<MilestoneListItem> Items);
