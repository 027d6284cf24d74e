namespace OpenGov.Web.Features.Shared;

/// <summary>The words a status pill can say: the reported status and the derived schedule states.</summary>
public enum StatusTagKind
{
    NotStarted,
    InProgress,
    Completed,
    Cancelled,
    Delayed,
    AtRisk,
    Overdue,
}
