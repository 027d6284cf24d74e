using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using OpenGov.Core.Commitments;
using OpenGov.Core.Common;
using OpenGov.Web.Authorization;
using OpenGov.Web.Data;
using OpenGov.Web.Features.Follows;
using OpenGov.Web.Identity;
using OpenGov.Web.Infrastructure.Files;
using CommitmentEvidence = OpenGov.Core.Commitments.Evidence;

namespace OpenGov.Web.Features.ProgressUpdates;

/// <summary>
/// Records an Official's progress report: authorization against the milestone's institution, the
/// evidence checked by content, the append-only update, the milestone's new state, the audit trail
/// and the followers' e-mails (linking to the update), all in one transaction.
/// </summary>
public sealed class ProgressReporter(
    AppDbContext db, IAuthorizationService authorization, FollowerNotifications notifications, TimeProvider clock, ILogger<ProgressReporter> logger)
{
    /// <summary>Returns the new update's id; throws DomainException (show it), DbUpdateConcurrencyException (conflict) or UnauthorizedAccessException (403).</summary>
    public async Task<int> ReportAsync(ClaimsPrincipal user, ProgressReport report, CancellationToken cancellationToken)
    {
        var milestone = await db.Milestones.Include(m => m.Commitment)
            .SingleOrDefaultAsync(m => m.Id == report.MilestoneId, cancellationToken)
            ?? throw new KeyNotFoundException($"Milestone {report.MilestoneId} not found.");
        if (!(await authorization.AuthorizeAsync(user, milestone, Operations.ReportProgress)).Succeeded)
        {
            throw new UnauthorizedAccessException();
        }

        if (report.Files.Count > CommitmentEvidence.MaxFiles)
        {
            throw new DomainException(EvidenceErrors.TooManyFiles(CommitmentEvidence.MaxFiles));
        }

        var evidence = new CommitmentEvidence(
            report.Files.Select(f => EvidenceFileInspector.Inspect(f.Name, f.Content)).ToList(),
            report.Links.Where(l => !string.IsNullOrWhiteSpace(l)).Select(EvidenceLink.Create).ToList());

        // The version the form was read at: saving over someone else's newer report is a conflict.
        // The milestone row is always written (even when the figures repeat the last report's), so
        // its version is always checked and a second report from a stale form cannot slip in.
        db.Entry(milestone).Property(m => m.Version).OriginalValue = report.ExpectedVersion;
        db.Entry(milestone).Property(m => m.Progress).IsModified = true;
        var now = clock.GetUtcNow().UtcDateTime;
        var authorInstitution = user.FindAll(OpenGovClaims.Institution)
            .Select(c => int.Parse(c.Value, CultureInfo.InvariantCulture))
            .FirstOrDefault(id => id == milestone.ResponsibleInstitutionId);
        var update = milestone.RecordProgress(report.Progress, report.Status, report.Narrative, now,
            user.FindFirstValue(ClaimTypes.NameIdentifier), authorInstitution, evidence);

        // The update's id (which the e-mail links to) exists only once it is saved: two saves, one transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var link = await notifications.UpdateLinkAsync(update.Id, cancellationToken);
        await notifications.QueueAsync(milestone.CommitmentId, $"progress:{milestone.Id}:{now.Ticks}", t => new(
            t["Nuevo avance: {0}", milestone.Title],
            string.Join("\n\n",
                t["El hito «{0}» del compromiso {1} se reportó al {2} %.", milestone.Title, milestone.Commitment!.Code, report.Progress],
                update.Narrative,
                t["Vea el avance: {0}", link])),
            cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Progress update {UpdateId} on milestone {MilestoneId}: {Progress} % {Status}, {FileCount} files, {LinkCount} links",
            update.Id, milestone.Id, update.Progress, update.Status, evidence.Files.Count, evidence.Links.Count);
        return update.Id;
    }
}
