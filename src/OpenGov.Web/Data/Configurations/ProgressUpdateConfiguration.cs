using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Core.Commitments;
using OpenGov.Core.Common;
using OpenGov.Core.Jurisdictions;
using OpenGov.Web.Identity;

namespace OpenGov.Web.Data.Configurations;

public class ProgressUpdateConfiguration : IEntityTypeConfiguration<ProgressUpdate>
{
    public void Configure(EntityTypeBuilder<ProgressUpdate> builder)
    {
        builder.HasSearchVector(SearchVectors.ProgressUpdate);
        builder.Property(u => u.Narrative).HasMaxLength(FieldLengths.Narrative);
        builder.ToTable(t => t.HasCheckConstraint("ck_progress_updates_progress", "progress BETWEEN 0 AND 100"));
        builder.HasIndex(u => new { u.MilestoneId, u.ReportedAt });
        builder.HasOne<AppUser>().WithMany().HasForeignKey(u => u.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => u.AuthorId);
        builder.HasOne<Institution>().WithMany().HasForeignKey(u => u.AuthorInstitutionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => u.AuthorInstitutionId);

        builder.HasMany(u => u.Files).WithOne().HasForeignKey(f => f.ProgressUpdateId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(u => u.Files).HasField("_files");
        builder.HasMany(u => u.Links).WithOne().HasForeignKey(l => l.ProgressUpdateId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(u => u.Links).HasField("_links");
        builder.HasMany(u => u.Verifications).WithOne().HasForeignKey(v => v.ProgressUpdateId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(u => u.Verifications).HasField("_verifications");
    }
}
