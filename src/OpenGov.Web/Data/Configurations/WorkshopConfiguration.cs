using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Core.ActionPlans;
using OpenGov.Core.CoCreation;
using OpenGov.Core.Common;

namespace OpenGov.Web.Data.Configurations;

public class WorkshopConfiguration : IEntityTypeConfiguration<Workshop>
{
    public void Configure(EntityTypeBuilder<Workshop> builder)
    {
        builder.Property(w => w.Title).HasMaxLength(FieldLengths.Title);
        builder.Property(w => w.ThematicAxis).HasMaxLength(FieldLengths.Name);
        builder.Property(w => w.Place).HasMaxLength(FieldLengths.Name);
        builder.Property(w => w.Facilitators).HasMaxLength(FieldLengths.Title);

        // A flags value: stored as its number, because the names of several stages exceed the enum column length.
        builder.Property(w => w.Stages).HasConversion<int>();
        builder.Ignore(w => w.Attendance);
        builder.HasOne<ActionPlan>().WithMany().HasForeignKey(w => w.ActionPlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(w => w.Participants).WithOne().HasForeignKey(p => p.WorkshopId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(w => w.Participants).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(w => new { w.ActionPlanId, w.HeldOn });
    }
}
