namespace OpenGov.Web.Features.Shared;

/// <summary>A vertical mark of a progress chart: a due date, the baseline one (<paramref name="IsBaseline"/>) or the current one.</summary>
public sealed record ProgressChartMark(double X, DateOnly Day, bool IsBaseline);
