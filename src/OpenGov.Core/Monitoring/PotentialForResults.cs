namespace OpenGov.Core.Monitoring;

/// <summary>IRM: the results the commitment could achieve if fully implemented.</summary>
public enum PotentialForResults
{
    Unclear,
    Modest,
    Substantial,
}
