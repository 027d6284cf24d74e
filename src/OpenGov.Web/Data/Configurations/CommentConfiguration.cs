using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Core.Commitments;
using OpenGov.Core.Common;
using OpenGov.Core.Participation;
using OpenGov.Web.Identity;

namespace OpenGov.Web.Data.Configurations;

public class CommentConfiguration : IEntityTypeConfiguration<Comment>
{
    public void Configure(EntityTypeBuilder<Comment> builder)
    {
        builder.Property(c => c.AuthorName).HasMaxLength(FieldLengths.Name);
        builder.Property(c => c.Text).HasMaxLength(Comment.MaxLength);
        builder.Property(c => c.InstitutionName).HasMaxLength(FieldLengths.Name);
        builder.Property(c => c.HiddenReason).HasMaxLength(FieldLengths.Reason);
        builder.Ignore(c => c.IsHidden);

        // Restrict everywhere: comments are public record and are never removed by a cascade.
        builder.HasOne<Commitment>().WithMany().HasForeignKey(c => c.CommitmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Milestone>().WithMany().HasForeignKey(c => c.MilestoneId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Comment>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.HiddenById).OnDelete(DeleteBehavior.Restrict);

        // The page sections read one thread (commitment or milestone) newest first.
        builder.HasIndex(c => new { c.CommitmentId, c.MilestoneId, c.CreatedAt });
        builder.HasIndex(c => c.MilestoneId);
        builder.HasIndex(c => c.ParentId);
        builder.HasIndex(c => c.AuthorId);
        builder.HasIndex(c => c.HiddenById);
        builder.HasIndex(c => c.CreatedAt);
    }
}
