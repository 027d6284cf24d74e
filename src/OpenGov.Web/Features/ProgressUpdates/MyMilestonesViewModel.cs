namespace OpenGov.Web.Features.ProgressUpdates;

/// <summary>
/// "Mis hitos": every group, even empty ones. A milestone the committee questioned is listed twice
/// (under its deadline and under "needs attention"), so <see cref="Total"/> counts milestones, not rows.
/// </summary>
public sealed record MyMilestonesViewModel(IReadOnlyList<string> Institutions, IReadOnlyList<MyMilestoneGroup> Groups, int Total);
