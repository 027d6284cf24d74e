using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Core.Common;
using OpenGov.Core.Jurisdictions;
using OpenGov.Core.Participation;
using OpenGov.Web.Identity;

namespace OpenGov.Web.Data.Configurations;

public class SuggestionConfiguration : IEntityTypeConfiguration<Suggestion>
{
    public void Configure(EntityTypeBuilder<Suggestion> builder)
    {
        builder.Property(s => s.Text).HasMaxLength(Suggestion.MaxLength);
        builder.Property(s => s.ContactEmail).HasMaxLength(FieldLengths.Email);
        builder.Property(s => s.Language).HasMaxLength(16);
        builder.Property(s => s.AnswerText).HasMaxLength(FieldLengths.Narrative);
        builder.ToTable(t => t.HasCheckConstraint("ck_suggestions_rating", "rating IS NULL OR rating BETWEEN 1 AND 5"));
        builder.HasOne<Jurisdiction>().WithMany().HasForeignKey(s => s.JurisdictionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(s => s.AnsweredById).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.Status, s.CreatedAt });
        builder.HasIndex(s => s.JurisdictionId);
        builder.HasIndex(s => s.AnsweredById);
    }
}
