namespace OpenGov.Web.Features.Monitoring;

/// <summary>The commitment page's section with the independent monitor's assessments.</summary>
public sealed record CommitmentAssessmentsModel(string Slug, IReadOnlyList<AssessmentRow> Assessments);
