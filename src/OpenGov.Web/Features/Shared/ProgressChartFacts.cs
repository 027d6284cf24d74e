using OpenGov.Web.Data.Facts;

namespace OpenGov.Web.Features.Shared;

/// <summary>
/// What a page knows for its progress chart (ADR-040), in no language: the history up to the page's day
/// (<paramref name="Today"/>: today, or the <c>?asOf=</c> day), the steering body the verified line cites,
/// and the due dates to mark (none on a plan). The partial lays it out and words it.
/// </summary>
public sealed record ProgressChartFacts(
    ProgressChartSubject Subject, ProgressHistory History, DateOnly Today, string SteeringBody, DateOnly? BaselineDue = null, DateOnly? CurrentDue = null);
