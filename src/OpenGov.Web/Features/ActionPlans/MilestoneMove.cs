namespace OpenGov.Web.Features.ActionPlans;

/// <summary>What happened to a milestone between the two days of a comparison.</summary>
public enum MilestoneMove
{
    /// <summary>It did not exist on the first day.</summary>
    New,

    /// <summary>Its due date moved later.</summary>
    Slipped,

    /// <summary>Its due date moved earlier.</summary>
    BroughtForward,

    /// <summary>Open and overdue on the second day, not on the first.</summary>
    BecameLate,

    /// <summary>Reported completed on the second day, not on the first.</summary>
    Completed,

    /// <summary>The committee's verified figure is new or different on the second day.</summary>
    Verified,
}
