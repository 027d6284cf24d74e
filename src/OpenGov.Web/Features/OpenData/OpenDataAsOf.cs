using OpenGov.Core.Commitments;
using OpenGov.Core.Meetings;
using OpenGov.Core.Monitoring;

namespace OpenGov.Web.Features.OpenData;

/// <summary>
/// The rows of a file "as of" a day (ADR-034): what had been recorded or made public by the end of it
/// (<see cref="OpenDataScope.End"/>); without a day, every row.
/// </summary>
public static class OpenDataAsOf
{
    public static IQueryable<ProgressUpdate> ReportedBy(this IQueryable<ProgressUpdate> updates, OpenDataScope scope) =>
        scope.End is { } end ? updates.Where(u => u.ReportedAt < end) : updates;

    public static IQueryable<Verification> RecordedBy(this IQueryable<Verification> verdicts, OpenDataScope scope) =>
        scope.End is { } end ? verdicts.Where(v => v.RecordedAt < end) : verdicts;

    public static IQueryable<MonitoringReport> PublishedBy(this IQueryable<MonitoringReport> reports, OpenDataScope scope) =>
        scope.End is { } end ? reports.Where(r => r.PublishedAt < end) : reports;

    /// <summary>Meetings announced (publishing announces too) by the end of the day.</summary>
    public static IQueryable<CommitteeMeeting> AnnouncedBy(this IQueryable<CommitteeMeeting> meetings, OpenDataScope scope) =>
        scope.End is { } end ? meetings.Where(m => m.AnnouncedAt < end) : meetings;

    /// <summary>Whether a meeting's minutes were published by the end of the day.</summary>
    public static bool PublishedBy(DateTime? publishedAt, OpenDataScope scope) =>
        publishedAt is { } at && (scope.End is not { } end || at < end);
}
