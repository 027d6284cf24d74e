namespace OpenGov.Web.Features.Shared;

public sealed record TimelineChartTick(double X, string Label);
