namespace OpenGov.Web.Features.Monitoring;

/// <summary>A plan the monitor may start a report on.</summary>
public sealed record MonitorPlanOption(int Id, string JurisdictionName, int Number, string Title);
