namespace OpenGov.Core.CoCreation;

/// <summary>The stages a co-creation workshop went through (Pastaza's method: sensitization, presentation, analysis, proposals).</summary>
[Flags]
public enum MethodologyStages
{
    None = 0,
    Sensitization = 1,
    Presentation = 2,
    Analysis = 4,
    Proposals = 8,
}
