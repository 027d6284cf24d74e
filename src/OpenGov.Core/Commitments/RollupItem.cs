namespace OpenGov.Core.Commitments;

/// <summary>One input of a progress roll-up: a milestone (or a commitment, for a plan's roll-up).</summary>
public sealed record RollupItem(decimal Progress, decimal? Weight, bool Excluded = false);
