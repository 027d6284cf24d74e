namespace OpenGov.Web.Features.ProgressUpdates;

/// <summary>The sections of "Mis hitos", in the order an official should look at them.</summary>
public enum MyMilestoneGroupKind
{
    Overdue,
    DueSoon,
    AwaitingVerification,
    NeedsAttention,
    Other,
}
