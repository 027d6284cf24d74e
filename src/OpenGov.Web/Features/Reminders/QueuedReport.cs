namespace OpenGov.Web.Features.Reminders;

/// <summary>A progress report waiting for a steering-body member's verdict, as the weekly digest lists it.</summary>
public sealed record QueuedReport(int UpdateId, string Code, int Order, string MilestoneTitle, int Progress, DateTime ReportedAt);
