using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Core.Commitments;
using OpenGov.Core.Common;
using OpenGov.Core.Participation;

namespace OpenGov.Web.Data.Configurations;

public class FollowConfiguration : IEntityTypeConfiguration<Follow>
{
    public void Configure(EntityTypeBuilder<Follow> builder)
    {
        builder.Property(f => f.Email).HasMaxLength(FieldLengths.Email);
        builder.Property(f => f.Token).HasMaxLength(64);
        builder.Property(f => f.Language).HasMaxLength(16);
        builder.HasIndex(f => f.Token).IsUnique();
        builder.HasIndex(f => new { f.CommitmentId, f.Email }).IsUnique();
        builder.HasOne<Commitment>().WithMany().HasForeignKey(f => f.CommitmentId).OnDelete(DeleteBehavior.Cascade);
    }
}
