namespace OpenGov.Core.CoCreation;

/// <summary>One bar of the funnel: a ledger stage (<see cref="Stage"/> set) or a historical label.</summary>
public sealed record FunnelStep(string Label, int Count, ProposalStage? Stage = null);
