using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenGov.Core.Meetings;
using OpenGov.Web.Data;
using OpenGov.Web.Features.Follows;
using OpenGov.Web.Features.Shared;

namespace OpenGov.Web.Features.Meetings;

/// <summary>
/// Publishes a meeting's minutes and tells the followers of every commitment whose milestones were
/// reviewed, in the same SaveChanges: the e-mails exist only if the minutes were published.
/// </summary>
public sealed class MeetingPublisher(
    AppDbContext db, FollowerNotifications notifications, SteeringBodyNames bodies, TimeProvider clock, ILogger<MeetingPublisher> logger)
{
    /// <summary>Throws DomainException when the minutes cannot be published (already published, empty, future meeting).</summary>
    public async Task PublishAsync(CommitteeMeeting meeting, string minutesUrl, CancellationToken cancellationToken)
    {
        meeting.Publish(clock.GetUtcNow().UtcDateTime);

        var milestoneIds = meeting.ReviewedMilestones.Select(r => r.MilestoneId).ToList();
        var rows = await db.Milestones.AsNoTracking()
            .Where(m => milestoneIds.Contains(m.Id))
            .OrderBy(m => m.Order)
            .Select(m => new { m.CommitmentId, m.Commitment!.Code, CommitmentTitle = m.Commitment.Title, m.Title })
            .ToListAsync(cancellationToken);
        var bodyName = await bodies.ForJurisdictionAsync(meeting.JurisdictionId, cancellationToken);
        var commitments = rows.GroupBy(r => new { r.CommitmentId, r.Code, r.CommitmentTitle })
            .Select(g => new { g.Key.CommitmentId, g.Key.Code, g.Key.CommitmentTitle, Milestones = g.Select(r => r.Title).ToList() });
        foreach (var c in commitments)
        {
            var milestones = string.Join("\n", c.Milestones.Select(m => $"- {m}"));
            // One e-mail per follower and commitment: the key names the meeting, so a retry sends nothing twice.
            await notifications.QueueAsync(c.CommitmentId, $"minutes:{meeting.Id}", t => new(
                t["Acta del {0}: {1}", bodyName, meeting.Title],
                string.Join("\n\n",
                    $"{t["El {0} publicó el acta de la reunión «{1}» del {2}, en la que revisó estos hitos del compromiso {3} «{4}»:", bodyName, meeting.Title, meeting.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), c.Code, c.CommitmentTitle]}\n{milestones}",
                    t["Lea el acta: {0}", minutesUrl])),
                cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Published the minutes of committee meeting {MeetingId}", meeting.Id);
    }
}
