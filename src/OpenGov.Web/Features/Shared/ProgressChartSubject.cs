namespace OpenGov.Web.Features.Shared;

/// <summary>Whose progress a chart shows, which decides its caption.</summary>
public enum ProgressChartSubject
{
    Milestone,
    Commitment,
    Plan,
}
