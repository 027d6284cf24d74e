namespace OpenGov.Core.Monitoring;

/// <summary>
/// IRM's "starred" commitment: verifiable, relevant to open government, of substantial potential and
/// substantially or completely implemented. Derived, never stored, so it cannot drift from the scales.
/// </summary>
public static class StarredRule
{
    public static bool IsStarred(Verifiability verifiability, bool isRelevant, PotentialForResults potential, CompletionLevel completion) =>
        verifiability == Verifiability.Verifiable
        && isRelevant
        && potential == PotentialForResults.Substantial
        && completion is CompletionLevel.Substantial or CompletionLevel.Complete;
}
