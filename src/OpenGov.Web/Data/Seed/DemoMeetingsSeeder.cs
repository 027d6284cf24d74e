using Microsoft.EntityFrameworkCore;
using OpenGov.Core.Meetings;

namespace OpenGov.Web.Data.Seed;

/// <summary>
/// Pastaza's demo committee meetings: one with published minutes and one upcoming, both labelled
/// illustrative (no real minutes were published with the plan). Skipped once Pastaza has any meeting.
/// </summary>
internal static class DemoMeetingsSeeder
{
    private const string Slug = "pastaza";

    public static async Task SeedAsync(AppDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        var jurisdictionId = await db.Jurisdictions.Where(j => j.Slug == Slug).Select(j => (int?)j.Id).FirstOrDefaultAsync(cancellationToken);
        if (jurisdictionId is not { } id || await db.CommitteeMeetings.AnyAsync(m => m.JurisdictionId == id, cancellationToken))
        {
            return;
        }

        var plan = await db.ActionPlans.Where(p => p.JurisdictionId == id).OrderByDescending(p => p.Number).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);
        var reviewed = await db.Milestones.Where(m => m.Commitment!.ActionPlanId == plan)
            .OrderBy(m => m.Commitment!.Code).ThenBy(m => m.Order).Select(m => m.Id).Take(2).ToListAsync(cancellationToken);
        var now = DateTime.SpecifyKind(today.ToDateTime(new TimeOnly(12, 0)), DateTimeKind.Utc);

        var past = CommitteeMeeting.Create(id, plan, new MeetingDetails(
            "Sesión ordinaria del Comité Directivo (ejemplo)", today.AddDays(-20), new TimeOnly(9, 30),
            "Salón de la Prefectura, Puyo", null, true,
            "1. Avance de los compromisos\n2. Verificación de evidencias\n3. Varios",
            "Gobierno Autónomo Descentralizado Provincial de Pastaza\nFundación Ciudadanía y Desarrollo\nConsejo Consultivo Provincial",
            14,
            "Acta **ilustrativa** de demostración: no reproduce una reunión real.\n\n" +
            "El Comité Directivo revisó el avance de los dos primeros hitos del plan y las evidencias presentadas por las instituciones responsables.",
            "- Solicitar a las instituciones que adjunten las actas de los talleres.\n- Convocar la próxima sesión en 30 días."),
            now.AddDays(-19));
        past.IsIllustrative = true;
        past.SetReviewedMilestones(reviewed);
        past.Publish(now.AddDays(-18));

        var upcoming = CommitteeMeeting.Create(id, plan, new MeetingDetails(
            "Próxima sesión del Comité Directivo (ejemplo)", today.AddDays(10), new TimeOnly(10, 0),
            "Salón de la Prefectura, Puyo", "https://example.org/reunion", true,
            "1. Seguimiento de los acuerdos de la sesión anterior\n2. Hitos vencidos", null, null, null, null),
            now);
        upcoming.IsIllustrative = true;
        upcoming.Announce(now);

        db.CommitteeMeetings.AddRange(past, upcoming);
        await db.SaveChangesAsync(cancellationToken);
    }
}
