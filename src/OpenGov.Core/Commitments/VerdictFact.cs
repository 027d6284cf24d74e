namespace OpenGov.Core.Commitments;

/// <summary>One verdict recorded on a progress update, as the rules of ADR-009 read it.</summary>
public sealed record VerdictFact(int Id, DateTime RecordedAt, VerificationVerdict Verdict);
