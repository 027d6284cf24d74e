using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Core.Common;
using OpenGov.Core.Jurisdictions;

namespace OpenGov.Web.Data.Configurations;

public class InstitutionConfiguration : IEntityTypeConfiguration<Institution>
{
    public void Configure(EntityTypeBuilder<Institution> builder)
    {
        builder.HasSearchVector(SearchVectors.Institution);
        builder.Property(i => i.Name).HasMaxLength(FieldLengths.Name);
        builder.Property(i => i.Acronym).HasMaxLength(FieldLengths.ShortName);
        builder.HasOne(i => i.Jurisdiction).WithMany().HasForeignKey(i => i.JurisdictionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.JurisdictionId, i.Name }).IsUnique();
    }
}
