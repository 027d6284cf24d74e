using OpenGov.Web.Features.Commitments;
using OpenGov.Web.Features.Meetings;
using OpenGov.Web.Features.Milestones;
using OpenGov.Web.Features.Shared;

namespace OpenGov.Web.Features.Home;

/// <summary>The home page of a jurisdiction: its active plan at a glance.</summary>
public sealed record JurisdictionHomeViewModel(
    string Slug,
    string Name,
    string BrandName,
    bool IsDefault,
    JurisdictionHomePlan? Plan,
    IReadOnlyList<CommitmentListItem> Commitments,
    IReadOnlyList<ProgressUpdateListItem> RecentUpdates,
    IReadOnlyList<MilestoneListItem> DueSoon,
    IReadOnlyList<MilestoneListItem> Overdue,
    MeetingListItem? NextMeeting = null)
{
    /// <summary>The jurisdiction's steering body as the pages name it.</summary>
    public string SteeringBody { get; init; } = "";
}
