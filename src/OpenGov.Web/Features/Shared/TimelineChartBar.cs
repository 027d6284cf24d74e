namespace OpenGov.Web.Features.Shared;

public sealed record TimelineChartBar(double X, double Width);
