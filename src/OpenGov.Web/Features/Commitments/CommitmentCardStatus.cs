using OpenGov.Core.Commitments;
using OpenGov.Web.Features.Shared;

namespace OpenGov.Web.Features.Commitments;

/// <summary>
/// What a commitment card says about where the commitment stands (ADR-037): its schedule word with its
/// colour (<paramref name="Summary"/>; null when there are no milestones to judge), the milestone counts behind
/// it, the reported bar, the verified bar only when something was verified, and the committee's state once,
/// as a sentence (<paramref name="Verification"/>; null when nothing was reported).
/// </summary>
public sealed record CommitmentCardStatus(
    ScheduleSummary? Summary,
    ScheduleTally Tally,
    ProgressBarModel Reported,
    ProgressBarModel? Verified,
    string? Verification)
{
    /// <summary>The Spanish word of a schedule summary, a key of the shared resource.</summary>
    public static string Word(ScheduleSummary summary) => summary switch
    {
        ScheduleSummary.OnTime => "A tiempo",
        ScheduleSummary.Late => "Con retraso",
        ScheduleSummary.Done => "Terminado",
        _ => "Sin fecha",
    };

    /// <summary>The tag palette the word reuses: green done, blue on time, red late, grey undated.</summary>
    public static string Modifier(ScheduleSummary summary) => summary switch
    {
        ScheduleSummary.OnTime => "in-progress",
        ScheduleSummary.Late => "overdue",
        ScheduleSummary.Done => "completed",
        _ => "not-started",
    };
}
