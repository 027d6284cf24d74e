using Microsoft.EntityFrameworkCore;
using OpenGov.Core.Meetings;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Meetings;

public static class MeetingData
{
    public static MeetingDetails Details(string title = "Sesión de prueba", string? minutes = "Acta de la sesión de prueba.", int daysFromToday = -3) => new(
        title, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(daysFromToday), new TimeOnly(9, 0), "Puyo", null, true,
        "1. Avances", "Prefectura\nFundación", 9, minutes, "Se aprueba el informe.");

    public static async Task<int> JurisdictionIdAsync(OpenGovFactory factory, string slug) =>
        await factory.WithDbAsync(db => db.Jurisdictions.Where(j => j.Slug == slug).Select(j => j.Id).SingleAsync());

    /// <summary>Inserts a meeting without the web layer: draft, announced or published.</summary>
    public static async Task<int> InsertAsync(OpenGovFactory factory, int jurisdictionId, MeetingDetails details, MeetingStatus status, IEnumerable<int>? milestoneIds = null, DateTime? publishedAt = null) =>
        await factory.WithDbAsync(async db =>
        {
            var meeting = CommitteeMeeting.Create(jurisdictionId, null, details, DateTime.UtcNow);
            meeting.SetReviewedMilestones(milestoneIds ?? []);
            if (status == MeetingStatus.Announced)
            {
                meeting.Announce(DateTime.UtcNow);
            }
            else if (status == MeetingStatus.Published)
            {
                meeting.Publish(publishedAt ?? DateTime.UtcNow);
            }

            db.CommitteeMeetings.Add(meeting);
            await db.SaveChangesAsync();
            return meeting.Id;
        });

    public static async Task<(int Draft, int Published)> DraftAndPublishedAsync(OpenGovFactory factory, int jurisdictionId) =>
        (await InsertAsync(factory, jurisdictionId, Details("Borrador de la matriz"), MeetingStatus.Draft),
         await InsertAsync(factory, jurisdictionId, Details("Acta de la matriz"), MeetingStatus.Published));
}
