using OpenGov.Core.Common;

namespace OpenGov.Core.Meetings;

/// <summary>A milestone the committee reviewed in a meeting; its commitment's followers hear of the minutes.</summary>
public class ReviewedMilestone : Entity
{
    public int CommitteeMeetingId { get; init; }
    public int MilestoneId { get; init; }
}
