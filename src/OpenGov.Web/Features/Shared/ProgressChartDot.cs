namespace OpenGov.Web.Features.Shared;

/// <summary>A point of a progress chart where a figure changed: filled for the reported line, hollow for the verified one.</summary>
public sealed record ProgressChartDot(double X, double Y, bool IsVerified);
