using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Core.ActionPlans;
using OpenGov.Core.Common;
using OpenGov.Core.Jurisdictions;
using OpenGov.Core.Meetings;

namespace OpenGov.Web.Data.Configurations;

public class CommitteeMeetingConfiguration : IEntityTypeConfiguration<CommitteeMeeting>
{
    public void Configure(EntityTypeBuilder<CommitteeMeeting> builder)
    {
        builder.HasSearchVector(SearchVectors.CommitteeMeeting);
        builder.Property(m => m.Title).HasMaxLength(FieldLengths.Title);
        builder.Property(m => m.Place).HasMaxLength(FieldLengths.Name);
        builder.Property(m => m.OnlineLink).HasMaxLength(FieldLengths.Url);
        builder.Property(m => m.Agenda).HasMaxLength(FieldLengths.Narrative);
        builder.Property(m => m.AttendingInstitutions).HasMaxLength(FieldLengths.Narrative);
        builder.Property(m => m.Minutes).HasMaxLength(FieldLengths.LongText);
        builder.Property(m => m.Decisions).HasMaxLength(FieldLengths.Narrative);
        builder.ToTable(t => t.HasCheckConstraint("ck_committee_meetings_attendee_count", "attendee_count IS NULL OR attendee_count >= 0"));
        builder.Ignore(m => m.IsPublic);

        builder.HasOne<Jurisdiction>().WithMany().HasForeignKey(m => m.JurisdictionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ActionPlan>().WithMany().HasForeignKey(m => m.ActionPlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.JurisdictionId, m.Status, m.Date });
        builder.HasIndex(m => m.ActionPlanId);

        builder.HasMany(m => m.Addenda).WithOne().HasForeignKey(a => a.CommitteeMeetingId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(m => m.Addenda).HasField("_addenda");
        builder.HasMany(m => m.ReviewedMilestones).WithOne().HasForeignKey(r => r.CommitteeMeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.ReviewedMilestones).HasField("_reviewedMilestones");
    }
}
