namespace OpenGov.Web.Features.ProgressUpdates;

/// <summary>"Mis hitos": every group, even empty ones, so the counts at the top always add up.</summary>
public sealed record MyMilestonesViewModel(IReadOnlyList<string> Institutions, IReadOnlyList<MyMilestoneGroup> Groups)
{
    public int Total => Groups.Sum(g => g.Items.Count);
}
