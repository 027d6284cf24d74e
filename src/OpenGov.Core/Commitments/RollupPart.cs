namespace OpenGov.Core.Commitments;

/// <summary>One term of a roll-up: the item's progress and its normalised share (0–1) of the result.</summary>
public sealed record RollupPart(decimal Progress, decimal Share);
