namespace OpenGov.Core.Monitoring;

/// <summary>IRM: how far the commitment was implemented, as the monitor found it.</summary>
public enum CompletionLevel
{
    NoEvidenceAvailable,
    NotStarted,
    Limited,
    Substantial,
    Complete,
}
