namespace OpenGov.Core.Monitoring;

/// <summary>IRM "Did it open government?": the change in government practice, known only late in the plan.</summary>
public enum OpenGovernmentResult
{
    Worsened,
    DidNotChange,
    Marginal,
    Major,
    Outstanding,
}
