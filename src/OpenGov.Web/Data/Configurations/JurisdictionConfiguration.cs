using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Core.Common;
using OpenGov.Core.Jurisdictions;

namespace OpenGov.Web.Data.Configurations;

public class JurisdictionConfiguration : IEntityTypeConfiguration<Jurisdiction>
{
    public void Configure(EntityTypeBuilder<Jurisdiction> builder)
    {
        builder.Property(j => j.Slug).HasMaxLength(FieldLengths.Slug);
        builder.HasIndex(j => j.Slug).IsUnique();
        builder.Property(j => j.Name).HasMaxLength(FieldLengths.Name);
        builder.Property(j => j.Country).HasMaxLength(FieldLengths.Name);
        builder.Property(j => j.BrandName).HasMaxLength(FieldLengths.Name);
        builder.Property(j => j.SteeringBodyName).HasMaxLength(FieldLengths.Name);
        builder.Property(j => j.DefaultCulture).HasMaxLength(FieldLengths.Culture);
        builder.Property(j => j.DataLicence).HasMaxLength(FieldLengths.ShortName);

        // At most one jurisdiction is served at "/".
        builder.HasIndex(j => j.IsDefault).IsUnique().HasFilter("is_default");
    }
}
