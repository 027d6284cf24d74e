using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using OpenGov.Core.Commitments;
using OpenGov.Web.Authorization;
using OpenGov.Web.Data;
using OpenGov.Web.Features.Follows;
using OpenGov.Web.Features.Shared;

namespace OpenGov.Web.Features.Verifications;

/// <summary>
/// Records a steering-body member's verdict on a progress update: the new verdict row (earlier ones
/// stay), the audit trail and the followers' e-mails, all in one SaveChanges (one transaction).
/// </summary>
public sealed class VerdictRecorder(
    AppDbContext db, IAuthorizationService authorization, FollowerNotifications notifications, TimeProvider clock, ILogger<VerdictRecorder> logger)
{
    /// <summary>Throws KeyNotFoundException (404), DomainException (show it) or UnauthorizedAccessException (403).</summary>
    public async Task RecordAsync(ClaimsPrincipal user, int progressUpdateId, VerificationVerdict verdict, string? comment, CancellationToken cancellationToken)
    {
        var update = await db.ProgressUpdates.SingleOrDefaultAsync(u => u.Id == progressUpdateId, cancellationToken)
            ?? throw new KeyNotFoundException($"Progress update {progressUpdateId} not found.");
        var milestone = await (
                from m in db.Milestones
                join p in db.ActionPlans on m.Commitment!.ActionPlanId equals p.Id
                where m.Id == update.MilestoneId
                select new { m.Title, m.CommitmentId, m.Commitment!.Code, p.JurisdictionId, m.ResponsibleInstitutionId, p.Jurisdiction!.SteeringBodyName })
            .SingleAsync(cancellationToken);

        // Only a member of this jurisdiction's body, and never the hand that reported (two keys).
        var target = new VerificationTarget(milestone.JurisdictionId, milestone.ResponsibleInstitutionId, update.AuthorId);
        if (!(await authorization.AuthorizeAsync(user, target, Operations.Verify)).Succeeded)
        {
            throw new UnauthorizedAccessException();
        }

        var reviewerId = user.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var now = clock.GetUtcNow().UtcDateTime;
        var verification = update.Verify(reviewerId, verdict, comment, now);
        var link = await notifications.UpdateLinkAsync(update.Id, cancellationToken);
        await notifications.QueueAsync(milestone.CommitmentId, $"verdict:{update.Id}:{now.Ticks}", t =>
        {
            // A body the documents do not name is described in the follower's language.
            var name = string.IsNullOrWhiteSpace(milestone.SteeringBodyName) ? t[SteeringBodyNames.Unnamed].Value : milestone.SteeringBodyName;
            var paragraphs = new List<string>
            {
                t["El {0} revisó el avance del hito «{1}» del compromiso {2}, reportado al {3} %: {4}.", name, milestone.Title, milestone.Code, update.Progress, t[Labels.Of(verdict)]],
            };
            if (verification.Comment is not null)
            {
                paragraphs.Add($"{t["Comentario del {0}:", name]}\n{verification.Comment}");
            }

            paragraphs.Add(t["Vea el avance: {0}", link]);
            return new(t["Verificación del {0}: {1}", name, milestone.Title], string.Join("\n\n", paragraphs));
        }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Recorded verdict {Verdict} on progress update {ProgressUpdateId} by {ReviewerId}", verdict, update.Id, reviewerId);
    }
}
