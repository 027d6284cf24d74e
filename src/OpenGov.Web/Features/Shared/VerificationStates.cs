using OpenGov.Core.Commitments;

namespace OpenGov.Web.Features.Shared;

/// <summary>
/// The committee's state of a milestone (ADR-009): the latest verdict on its latest progress update,
/// "pending" when that update has no verdict yet, nothing when no progress was ever reported.
/// </summary>
public static class VerificationStates
{
    // Most urgent first: a commitment shows the state that most needs a reader's attention.
    private static readonly StatusTagKind[] Urgency =
        [StatusTagKind.Disputed, StatusTagKind.NeedsEvidence, StatusTagKind.PendingVerification, StatusTagKind.Verified];

    public static StatusTagKind? Of(bool hasUpdates, VerificationVerdict? latestVerdict) =>
        !hasUpdates ? null
        : latestVerdict is { } verdict ? Labels.Tag(verdict)
        : StatusTagKind.PendingVerification;

    /// <summary>The state to show for a group of milestones (a commitment): the most urgent one.</summary>
    public static StatusTagKind? MostUrgent(IEnumerable<StatusTagKind?> states)
    {
        var present = states.OfType<StatusTagKind>().ToHashSet();
        return Urgency.Where(present.Contains).Select(s => (StatusTagKind?)s).FirstOrDefault();
    }
}
