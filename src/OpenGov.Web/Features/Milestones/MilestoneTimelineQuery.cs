using Microsoft.EntityFrameworkCore;
using OpenGov.Web.Data;

namespace OpenGov.Web.Features.Milestones;

public static class MilestoneTimelineQuery
{
    /// <summary>
    /// A milestone's updates newest first, with file metadata (no content), links and verdicts, in
    /// one query whatever the number of updates. Not split: an update has a file or two, a link or
    /// two and a verdict or two, so the joined rows stay few, and each split part would be a round trip.
    /// With <paramref name="before"/>, only what was recorded before that moment (an "as of" page).
    /// </summary>
    public static async Task<IReadOnlyList<TimelineEntry>> LoadAsync(AppDbContext db, int milestoneId, CancellationToken cancellationToken, DateTime? before = null)
    {
        var cutoff = before ?? DateTime.SpecifyKind(DateTime.MaxValue, DateTimeKind.Utc);
        var entries = await db.ProgressUpdates.AsNoTracking()
            .Where(u => u.MilestoneId == milestoneId && u.ReportedAt < cutoff)
            .OrderByDescending(u => u.ReportedAt).ThenByDescending(u => u.Id)
            .Select(u => new TimelineEntry(
                u.Id,
                u.ReportedAt,
                db.Institutions.Where(i => i.Id == u.AuthorInstitutionId).Select(i => i.Name).FirstOrDefault(),
                null,
                u.Progress,
                u.Status,
                u.Narrative,
                u.Files.OrderBy(f => f.Id).Select(f => new TimelineFile(f.Id, f.FileName, f.ContentType, f.SizeBytes)).ToList(),
                u.Links.OrderBy(l => l.Id).Select(l => l.Url).ToList(),
                u.Verifications.Where(v => v.RecordedAt < cutoff).OrderBy(v => v.RecordedAt).ThenBy(v => v.Id).Select(v => new TimelineVerdict(v.Verdict, v.Comment, v.RecordedAt)).ToList()))
            .ToListAsync(cancellationToken);

        // Each entry's "before" is the next older entry's figure (0 for the first report).
        return entries.Select((e, i) => e with { ProgressBefore = i + 1 < entries.Count ? entries[i + 1].Progress : 0 }).ToList();
    }
}
