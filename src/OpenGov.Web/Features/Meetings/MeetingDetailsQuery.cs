using Microsoft.EntityFrameworkCore;
using OpenGov.Web.Data;

namespace OpenGov.Web.Features.Meetings;

/// <summary>One meeting with its reviewed milestones and addenda, in three queries.</summary>
public static class MeetingDetailsQuery
{
    public static async Task<MeetingDetailsViewModel?> LoadAsync(AppDbContext db, int id, string? slug, bool publicOnly, CancellationToken cancellationToken)
    {
        var meetings = db.CommitteeMeetings.AsNoTracking().Where(m => m.Id == id);
        if (publicOnly)
        {
            meetings = meetings.Public();
        }

        var lower = slug?.ToLowerInvariant();
        var m = await (
                from meeting in meetings
                join j in db.Jurisdictions on meeting.JurisdictionId equals j.Id
                where lower == null || j.Slug == lower
                select new { meeting, j.Slug, j.Name, j.IsDefault })
            .SingleOrDefaultAsync(cancellationToken);
        if (m is null)
        {
            return null;
        }

        var reviewed = await (
                from r in db.ReviewedMilestones
                where r.CommitteeMeetingId == id
                join ms in db.Milestones on r.MilestoneId equals ms.Id
                join c in db.Commitments on ms.CommitmentId equals c.Id
                join p in db.ActionPlans on c.ActionPlanId equals p.Id
                orderby c.Code, ms.Order
                select new ReviewedMilestoneItem(p.Number, c.Code, ms.Order, ms.Title))
            .ToListAsync(cancellationToken);
        var addenda = await db.MeetingAddenda.AsNoTracking().Where(a => a.CommitteeMeetingId == id)
            .OrderBy(a => a.AddedAt).ThenBy(a => a.Id)
            .Select(a => new MeetingAddendumItem(a.AddedAt, a.Text))
            .ToListAsync(cancellationToken);

        var x = m.meeting;
        var institutions = (x.AttendingInstitutions ?? "")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new MeetingDetailsViewModel(
            x.Id, m.Slug, m.Name, m.IsDefault, x.Title, x.Date, x.StartTime, x.Place, x.OnlineLink, x.IsOpenToPublic,
            x.Agenda, institutions, x.AttendeeCount, x.Minutes, x.Decisions, x.Status, x.PublishedAt, x.IsIllustrative,
            reviewed, addenda);
    }
}
