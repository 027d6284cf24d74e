namespace OpenGov.Web.Features.Shared;

/// <summary>The milestone table: rows link to their milestone pages under this plan.</summary>
public sealed record MilestoneTableModel(string Caption, string Slug, int PlanNumber, IReadOnlyList<MilestoneListItem> Rows, bool ShowCommitment = false)
{
    /// <summary>The jurisdiction's steering body, named in the "verified" column's title.</summary>
    public string SteeringBody { get; init; } = "";
}
