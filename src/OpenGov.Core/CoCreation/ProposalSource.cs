namespace OpenGov.Core.CoCreation;

/// <summary>Where a co-creation proposal came in.</summary>
public enum ProposalSource
{
    Workshop,
    OnlineForm,
    Meeting,
}
