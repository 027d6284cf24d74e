using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OpenGov.Core.Commitments;
using OpenGov.Web.Data;
using OpenGov.Web.Features.Follows;
using OpenGov.Web.Features.Shared;
using OpenGov.Web.Identity;

namespace OpenGov.Web.Features.Verifications;

/// <summary>
/// Records a committee member's verdict on a progress update: the new verdict row (earlier ones stay),
/// the audit trail and the followers' e-mails, all in one SaveChanges (one transaction).
/// </summary>
public sealed class VerdictRecorder(AppDbContext db, FollowerNotifications notifications, TimeProvider clock, ILogger<VerdictRecorder> logger)
{
    /// <summary>Throws KeyNotFoundException (404), DomainException (show it) or UnauthorizedAccessException (403).</summary>
    public async Task RecordAsync(ClaimsPrincipal user, int progressUpdateId, VerificationVerdict verdict, string? comment, CancellationToken cancellationToken)
    {
        var update = await db.ProgressUpdates.SingleOrDefaultAsync(u => u.Id == progressUpdateId, cancellationToken)
            ?? throw new KeyNotFoundException($"Progress update {progressUpdateId} not found.");
        var milestone = await db.Milestones.AsNoTracking()
            .Where(m => m.Id == update.MilestoneId)
            .Select(m => new { m.Title, m.CommitmentId, m.ResponsibleInstitutionId, m.Commitment!.Code })
            .SingleAsync(cancellationToken);

        // Two keys: the hand that reported (the author, or anyone of the responsible institution)
        // cannot also turn the second key, even if the same person sits on the committee.
        var reviewerId = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new UnauthorizedAccessException();
        var institutions = user.FindAll(OpenGovClaims.Institution).Select(c => int.Parse(c.Value, CultureInfo.InvariantCulture));
        if (update.AuthorId == reviewerId || institutions.Contains(milestone.ResponsibleInstitutionId))
        {
            throw new UnauthorizedAccessException();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var verification = update.Verify(reviewerId, verdict, comment, now);
        var body = $"El comité coordinador revisó el avance del hito «{milestone.Title}» del compromiso {milestone.Code}, " +
            $"reportado al {update.Progress} %: {Labels.Of(verdict)}.";
        if (verification.Comment is not null)
        {
            body += $"\n\nComentario del comité:\n{verification.Comment}";
        }

        body += $"\n\nVea el avance: {await notifications.UpdateLinkAsync(update.Id, cancellationToken)}";
        await notifications.QueueAsync(milestone.CommitmentId, $"verdict:{update.Id}:{now.Ticks}",
            $"Verificación del comité: {milestone.Title}", body, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Recorded verdict {Verdict} on progress update {ProgressUpdateId} by {ReviewerId}", verdict, update.Id, reviewerId);
    }
}
