namespace OpenGov.Web.Features.Shared;

/// <summary>A horizontal grid line of a progress chart at <paramref name="Y"/>, with its percentage.</summary>
public sealed record ProgressChartGridLine(double Y, string Label);
