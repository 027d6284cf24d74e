namespace OpenGov.Web.Features.Shared;

/// <summary>
/// One day of the chart's table: the figures at its end (null: none; <paramref name="NoTotal"/>: a plan's
/// figure not claimed on its coverage, ADR-021) and how many reports and verdicts were recorded on it.
/// </summary>
public sealed record ProgressChartRow(DateOnly Day, decimal? Reported, decimal? Verified, int Reports, int Verdicts, bool NoTotal = false);
