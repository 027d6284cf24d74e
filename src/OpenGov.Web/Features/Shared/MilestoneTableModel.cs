namespace OpenGov.Web.Features.Shared;

/// <summary>The milestone table: rows link to their milestone pages under this plan.</summary>
public sealed record MilestoneTableModel(string Caption, string Slug, int PlanNumber, IReadOnlyList<MilestoneListItem> Rows, bool ShowCommitment = false);
