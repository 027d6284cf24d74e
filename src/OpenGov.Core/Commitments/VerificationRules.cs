namespace OpenGov.Core.Commitments;

/// <summary>
/// ADR-009's rules, written once: the latest verdict of an update, the verified progress and the
/// verification state of a milestone, and the state of a group of milestones (a commitment).
/// The data layer computes the same facts in SQL (<c>VerificationQueries</c>); a test keeps both in agreement.
/// </summary>
public static class VerificationRules
{
    // Most urgent first: a commitment shows the state that most needs a reader's attention.
    private static readonly VerificationState[] Urgency =
        [VerificationState.Disputed, VerificationState.NeedsEvidence, VerificationState.Pending, VerificationState.Verified];

    /// <summary>The verdict recorded last (ties: the highest id), whoever recorded it; null when there is none.</summary>
    public static VerificationVerdict? LatestVerdict(IEnumerable<VerdictFact> verdicts) =>
        verdicts.OrderByDescending(v => v.RecordedAt).ThenByDescending(v => v.Id)
            .Select(v => (VerificationVerdict?)v.Verdict).FirstOrDefault();

    /// <summary>
    /// The progress of the most recent update whose latest verdict is Verified; null when none is
    /// ("Sin verificar", never 0 %). A later unverified update does not erase it.
    /// </summary>
    public static int? VerifiedProgress(IEnumerable<UpdateFact> updates) =>
        Newest(updates.Where(u => u.LatestVerdict == VerificationVerdict.Verified))?.Progress;

    /// <summary>The state of a milestone from its whole history: the latest verdict of its most recent update.</summary>
    public static VerificationState? StateOf(IEnumerable<UpdateFact> updates)
    {
        var latest = Newest(updates);
        return StateOf(latest is not null, latest?.LatestVerdict);
    }

    /// <summary>
    /// The state of a milestone from the two facts it rests on: whether anything was reported and the
    /// latest verdict of its most recent update. Null when nothing was reported (no tag at all).
    /// </summary>
    public static VerificationState? StateOf(bool hasUpdates, VerificationVerdict? latestVerdictOfLatestUpdate) =>
        !hasUpdates ? null
        : latestVerdictOfLatestUpdate switch
        {
            null => VerificationState.Pending,
            VerificationVerdict.Verified => VerificationState.Verified,
            VerificationVerdict.NeedsEvidence => VerificationState.NeedsEvidence,
            _ => VerificationState.Disputed,
        };

    /// <summary>The state of a group of milestones (a commitment): the most urgent one; null when none has a state.</summary>
    public static VerificationState? MostUrgent(IEnumerable<VerificationState?> states)
    {
        var present = states.OfType<VerificationState>().ToHashSet();
        return Urgency.Where(present.Contains).Select(s => (VerificationState?)s).FirstOrDefault();
    }

    private static UpdateFact? Newest(IEnumerable<UpdateFact> updates) =>
        updates.OrderByDescending(u => u.ReportedAt).ThenByDescending(u => u.Id).FirstOrDefault();
}
