namespace OpenGov.Core.CoCreation;

/// <summary>A plan's proposal funnel: the steps, and how many left it merged or rejected (ledger only).</summary>
public sealed record Funnel(IReadOnlyList<FunnelStep> Steps, int Merged, int Rejected, bool FromLedger)
{
    public static readonly Funnel None = new([], 0, 0, false);

    public bool IsEmpty => Steps.Count == 0;
}
