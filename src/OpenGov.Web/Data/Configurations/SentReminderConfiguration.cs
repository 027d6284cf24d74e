using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Core.Commitments;
using OpenGov.Core.Reminders;
using OpenGov.Web.Identity;

namespace OpenGov.Web.Data.Configurations;

public class SentReminderConfiguration : IEntityTypeConfiguration<SentReminder>
{
    public void Configure(EntityTypeBuilder<SentReminder> builder)
    {
        builder.ToTable("sent_reminders");
        builder.Property(r => r.Key).HasMaxLength(100);
        // The claim: INSERT ... ON CONFLICT (user_id, kind, key) DO NOTHING (ADR-041).
        builder.HasIndex(r => new { r.UserId, r.Kind, r.Key }).IsUnique();
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Milestone>().WithMany().HasForeignKey(r => r.MilestoneId).OnDelete(DeleteBehavior.Cascade);
    }
}
