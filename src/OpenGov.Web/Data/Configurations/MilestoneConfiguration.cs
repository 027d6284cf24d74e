using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Core.Commitments;
using OpenGov.Core.Common;

namespace OpenGov.Web.Data.Configurations;

public class MilestoneConfiguration : IEntityTypeConfiguration<Milestone>
{
    public void Configure(EntityTypeBuilder<Milestone> builder)
    {
        builder.HasSearchVector(SearchVectors.Milestone);
        builder.Property(m => m.Title).HasMaxLength(FieldLengths.Title);
        builder.Property(m => m.ExpectedOutput).HasMaxLength(FieldLengths.Narrative);
        builder.Property(m => m.MeansOfVerification).HasMaxLength(FieldLengths.Narrative);
        builder.Property(m => m.ReplanReason).HasMaxLength(FieldLengths.Reason);
        builder.Property(m => m.Weight).HasPrecision(9, 4);
        builder.ToTable(t => t.HasCheckConstraint("ck_milestones_progress", "progress BETWEEN 0 AND 100"));

        builder.HasIndex(m => new { m.CommitmentId, m.Order });
        builder.HasOne(m => m.ResponsibleInstitution).WithMany().HasForeignKey(m => m.ResponsibleInstitutionId).OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(m => m.ProgressUpdates).WithOne().HasForeignKey(u => u.MilestoneId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(m => m.ProgressUpdates).HasField("_progressUpdates");
    }
}
