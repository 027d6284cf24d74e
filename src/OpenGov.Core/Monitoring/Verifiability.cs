namespace OpenGov.Core.Monitoring;

/// <summary>IRM: is the commitment specific enough to check whether it was done?</summary>
public enum Verifiability
{
    Verifiable,
    NotVerifiable,
}
