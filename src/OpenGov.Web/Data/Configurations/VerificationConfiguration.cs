using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Core.Commitments;
using OpenGov.Core.Common;
using OpenGov.Web.Identity;

namespace OpenGov.Web.Data.Configurations;

public class VerificationConfiguration : IEntityTypeConfiguration<Verification>
{
    public void Configure(EntityTypeBuilder<Verification> builder)
    {
        builder.Property(v => v.Comment).HasMaxLength(FieldLengths.Narrative);
        builder.HasIndex(v => new { v.ProgressUpdateId, v.RecordedAt });
        builder.HasOne<AppUser>().WithMany().HasForeignKey(v => v.ReviewerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => v.ReviewerId);
    }
}
