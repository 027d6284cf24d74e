using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using OpenGov.Core.ActionPlans;
using OpenGov.Core.Auditing;
using OpenGov.Core.CoCreation;
using OpenGov.Core.Commitments;
using OpenGov.Core.Common;
using OpenGov.Core.Jurisdictions;
using OpenGov.Core.Meetings;
using OpenGov.Core.Monitoring;
using OpenGov.Core.OpenData;
using OpenGov.Core.Participation;
using OpenGov.Core.Reminders;
using OpenGov.Web.Data.Auditing;
using OpenGov.Web.Data.Facts;
using OpenGov.Web.Identity;
using OpenGov.Web.Infrastructure.Email;

namespace OpenGov.Web.Data;

public class AppDbContext(DbContextOptions<AppDbContext> options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    // Contexts are pooled (ADR-026): the request's actor and clock are handed to each lease by
    // DataSetup and forgotten when it goes back to the pool.
    private IAuditActorAccessor? _auditActor;
    private TimeProvider? _clock;

    public DbSet<Jurisdiction> Jurisdictions => Set<Jurisdiction>();
    public DbSet<Institution> Institutions => Set<Institution>();
    public DbSet<ActionPlan> ActionPlans => Set<ActionPlan>();
    public DbSet<Endorsement> Endorsements => Set<Endorsement>();
    public DbSet<PlanRole> PlanRoles => Set<PlanRole>();
    public DbSet<Commitment> Commitments => Set<Commitment>();
    public DbSet<Milestone> Milestones => Set<Milestone>();
    public DbSet<Dataset> Datasets => Set<Dataset>();
    public DbSet<DatasetRow> DatasetRows => Set<DatasetRow>();
    public DbSet<ProgressUpdate> ProgressUpdates => Set<ProgressUpdate>();
    public DbSet<EvidenceFile> EvidenceFiles => Set<EvidenceFile>();
    public DbSet<EvidenceLink> EvidenceLinks => Set<EvidenceLink>();
    public DbSet<Verification> Verifications => Set<Verification>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<Follow> Follows => Set<Follow>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<CommitteeMeeting> CommitteeMeetings => Set<CommitteeMeeting>();
    public DbSet<MeetingAddendum> MeetingAddenda => Set<MeetingAddendum>();
    public DbSet<ReviewedMilestone> ReviewedMilestones => Set<ReviewedMilestone>();
    public DbSet<Workshop> Workshops => Set<Workshop>();
    public DbSet<Participant> Participants => Set<Participant>();
    public DbSet<Proposal> Proposals => Set<Proposal>();
    public DbSet<ProposalStageCount> ProposalStageCounts => Set<ProposalStageCount>();
    public DbSet<Comment> Comments => Set<Comment>();
    public DbSet<CommentReport> CommentReports => Set<CommentReport>();
    public DbSet<Suggestion> Suggestions => Set<Suggestion>();
    public DbSet<MonitoringReport> MonitoringReports => Set<MonitoringReport>();
    public DbSet<MonitoringReportPdf> MonitoringReportPdfs => Set<MonitoringReportPdf>();
    public DbSet<CommitmentAssessment> CommitmentAssessments => Set<CommitmentAssessment>();
    public DbSet<MilestoneFigures> MilestoneFigures => Set<MilestoneFigures>();
    public DbSet<PlanFigures> PlanFigures => Set<PlanFigures>();
    public DbSet<SentReminder> SentReminders => Set<SentReminder>();
    public DbSet<ReminderPreference> ReminderPreferences => Set<ReminderPreference>();

    /// <summary>The Data Protection key ring, shared by every app instance (ADR-042).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<UserSession> UserSessions => Set<UserSession>();

    /// <summary>Binds a pooled context to the scope that leased it (who is writing, what time it is).</summary>
    internal AppDbContext ForScope(IAuditActorAccessor? auditActor, TimeProvider? clock)
    {
        _auditActor = auditActor;
        _clock = clock;
        return this;
    }

    public override void Dispose()
    {
        ForScope(null, null);
        base.Dispose();
    }

    public override ValueTask DisposeAsync()
    {
        ForScope(null, null);
        return base.DisposeAsync();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // The search configuration strips accents with it (ADR-039); it ships with PostgreSQL's contrib.
        builder.HasPostgresExtension("unaccent");
        // Trigram similarity corrects misspelt search words (ADR-046); contrib too.
        builder.HasPostgresExtension("pg_trgm");
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

        // Every entity carries PostgreSQL's xmin as its concurrency token: a save from a stale
        // version fails with DbUpdateConcurrencyException instead of silently overwriting.
        foreach (var entity in builder.Model.GetEntityTypes().Where(t => typeof(Entity).IsAssignableFrom(t.ClrType)))
        {
            builder.Entity(entity.ClrType).Property(nameof(Entity.Version)).IsRowVersion();
        }
    }

    /// <summary>
    /// Saves; in the same transaction, refreshes the stored figures the change touches (ADR-029) and,
    /// when a signed-in user made the changes, writes their AuditEvents: either the change, its figures
    /// and its history are all stored, or none is.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var actor = _auditActor?.Current;
        var trail = actor is null ? null : AuditTrail.Capture(ChangeTracker);
        var figures = FiguresRefresh.Capture(ChangeTracker);
        var audited = actor is not null && trail is { IsEmpty: false };
        if (!audited && figures.IsEmpty)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var ownTransaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (!figures.IsEmpty)
            {
                await figures.ApplyAsync(this, cancellationToken);
            }

            if (audited)
            {
                var institution = actor!.InstitutionIds.Count == 0 ? null : await Institutions
                    .Where(i => actor.InstitutionIds.Contains(i.Id))
                    .OrderBy(i => i.Name)
                    .Select(i => i.Name)
                    .FirstOrDefaultAsync(cancellationToken);
                AuditEvents.AddRange(trail!.ToEvents(actor, institution, (_clock ?? TimeProvider.System).GetUtcNow().UtcDateTime));
                await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            }

            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }

            return written;
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
        }
    }

    /// <summary>A synchronous save would leave the stored figures behind: writes that touch them are asynchronous.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        FiguresRefresh.Capture(ChangeTracker).IsEmpty
            ? base.SaveChanges(acceptAllChangesOnSuccess)
            : throw new NotSupportedException("Use SaveChangesAsync: it keeps the stored figures (ADR-029).");

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name so the database reads on its own and survives reordering.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }
}
