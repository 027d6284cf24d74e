namespace OpenGov.Web.Features.ProgressUpdates;

public sealed record MyMilestoneGroup(MyMilestoneGroupKind Kind, IReadOnlyList<MyMilestoneListItem> Items);
