namespace OpenGov.Web.Features.CoCreation;

/// <summary>One bar of a <see cref="BarChartModel"/>, positioned in SVG units.</summary>
public sealed record BarChartBar(string Label, int Value, double X, double Y, double Width);
