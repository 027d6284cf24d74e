namespace OpenGov.Core.Commitments;

/// <summary>
/// How many of a roll-up's items have data ("1 de 10 compromisos con datos"). A total is only claimed
/// when at least half of the items have data (ADR-021); below full coverage it is shown with its coverage.
/// </summary>
public sealed record RollupCoverage(int WithData, int Total)
{
    public bool IsComplete => WithData == Total;

    /// <summary>Whether the data supports an overall figure: some data, and at least half of the items.</summary>
    public bool SupportsTotal => WithData > 0 && WithData * 2 >= Total;
}
