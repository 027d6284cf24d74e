using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Core.Common;
using OpenGov.Core.Reminders;
using OpenGov.Web.Identity;

namespace OpenGov.Web.Data.Configurations;

public class ReminderPreferenceConfiguration : IEntityTypeConfiguration<ReminderPreference>
{
    public void Configure(EntityTypeBuilder<ReminderPreference> builder)
    {
        builder.ToTable("reminder_preferences");
        builder.HasKey(p => p.UserId);
        builder.Property(p => p.Token).HasMaxLength(64);
        builder.HasIndex(p => p.Token).IsUnique();
        builder.Property(p => p.Language).HasMaxLength(FieldLengths.Culture);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
