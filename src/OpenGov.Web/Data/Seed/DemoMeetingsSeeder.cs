using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenGov.Core.Meetings;

namespace OpenGov.Web.Data.Seed;

/// <summary>
/// Pastaza's demo meetings of its Comité Directivo (the body the plan document names): one with
/// published minutes and one upcoming, both labelled illustrative. The minutes describe the demo
/// data as it stands on the meeting day (progress reported, evidence and verifications), so they
/// never claim what the data does not show. Skipped once Pastaza has any meeting.
/// </summary>
internal static class DemoMeetingsSeeder
{
    private const string Slug = "pastaza";

    /// <summary>Pastaza's steering body as its plan names it ("Comité Directivo"); it has no "Consejo Consultivo".</summary>
    public const string BodyName = "Comité Directivo";

    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-EC");

    public static async Task SeedAsync(AppDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        var jurisdictionId = await db.Jurisdictions.Where(j => j.Slug == Slug).Select(j => (int?)j.Id).FirstOrDefaultAsync(cancellationToken);
        if (jurisdictionId is not { } id || await db.CommitteeMeetings.AnyAsync(m => m.JurisdictionId == id, cancellationToken))
        {
            return;
        }

        var plan = await db.ActionPlans.Where(p => p.JurisdictionId == id).OrderByDescending(p => p.Number).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);
        var meetingDay = today.AddDays(-20);
        var meetingEnd = meetingDay.ToDateTime(new TimeOnly(23, 59), DateTimeKind.Utc);
        var reviewed = await db.Milestones.Where(m => m.Commitment!.ActionPlanId == plan)
            .OrderBy(m => m.Commitment!.Code).ThenBy(m => m.Order)
            .Select(m => new
            {
                m.Id,
                m.Commitment!.Code,
                m.Title,
                Reported = m.ProgressUpdates.Where(u => u.ReportedAt <= meetingEnd).OrderByDescending(u => u.ReportedAt).Select(u => (int?)u.Progress).FirstOrDefault(),
                WithEvidence = m.ProgressUpdates.Count(u => u.ReportedAt <= meetingEnd && (u.Files.Any() || u.Links.Any())),
                Verified = m.ProgressUpdates.Count(u => u.Verifications.Any(v => v.RecordedAt <= meetingEnd)),
            })
            .Take(2).ToListAsync(cancellationToken);
        var now = DateTime.SpecifyKind(today.ToDateTime(new TimeOnly(12, 0)), DateTimeKind.Utc);

        var reviewedText = string.Join("; ", reviewed.Select(m => m.Reported is { } p
            ? $"{m.Code}, «{m.Title}» ({p.ToString(Spanish)} % reportado)"
            : $"{m.Code}, «{m.Title}» (sin avance reportado)"));
        var evidence = reviewed.Sum(m => m.WithEvidence);
        var verified = reviewed.Sum(m => m.Verified);
        var state = (evidence, verified) switch
        {
            (0, 0) => "Ninguno de esos avances tiene todavía evidencia adjunta ni verificación del comité, así que el comité no pudo darlos por verificados.",
            _ => $"Informes con evidencia adjunta: {evidence}. Informes verificados por el comité: {verified}.",
        };

        var past = CommitteeMeeting.Create(id, plan, new MeetingDetails(
            $"Sesión ordinaria del {BodyName} (ejemplo)", meetingDay, new TimeOnly(9, 30),
            "Salón de la Prefectura, Puyo", null, true,
            "1. Avance reportado de los compromisos\n2. Evidencias pendientes de verificación\n3. Varios",
            "Gobierno Autónomo Descentralizado Provincial de Pastaza\nComité Directivo del Plan de Gobierno Abierto de Pastaza\nFundación Ciudadanía y Desarrollo (monitor independiente, como observadora)",
            14,
            "Acta **ilustrativa** de demostración: no reproduce una reunión real.\n\n" +
            $"El {BodyName} revisó el avance reportado por el GAD Provincial en {reviewed.Count} hitos: {reviewedText}. {state}",
            "- Pedir al GAD Provincial que adjunte la evidencia de cada avance reportado para que el comité pueda verificarlo.\n- Convocar la próxima sesión en 30 días."),
            now.AddDays(-19));
        past.IsIllustrative = true;
        past.SetReviewedMilestones(reviewed.Select(m => m.Id).ToList());
        past.Publish(now.AddDays(-18));

        var upcoming = CommitteeMeeting.Create(id, plan, new MeetingDetails(
            $"Próxima sesión del {BodyName} (ejemplo)", today.AddDays(10), new TimeOnly(10, 0),
            "Salón de la Prefectura, Puyo", "https://example.org/reunion", true,
            "1. Seguimiento de los acuerdos de la sesión anterior\n2. Hitos vencidos", null, null, null, null),
            now);
        upcoming.IsIllustrative = true;
        upcoming.Announce(now);

        db.CommitteeMeetings.AddRange(past, upcoming);
        await db.SaveChangesAsync(cancellationToken);
    }
}
